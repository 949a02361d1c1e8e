import { AppError, type FieldProblem } from '../../server/errors';
import { fieldLabel } from '../../shared/field-labels';
import type { EntryProblem } from './rules/materials';

/** Errors that name every problem at once, each with its field, so the clerk fixes all in one go. */

export function problemsError(code: string, message: string, problems: FieldProblem[]): AppError {
  return new AppError(
    400,
    code,
    `${message}：${problems.map((problem) => problem.message).join('；')}`,
    problems,
  );
}

export function materialEntriesError(problems: readonly EntryProblem[]): AppError {
  return problemsError(
    'MATERIALS_INVALID',
    '材料登记有误',
    problems.map((problem) => ({
      field: `materials.${problem.index}.${problem.field}`,
      label: fieldLabel([problem.field]),
      message: problem.message,
    })),
  );
}
