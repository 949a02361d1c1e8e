import { type AppError, invalidFields } from '../../server/errors';
import { fieldLabel } from '../../shared/field-labels';
import type { EntryProblem } from './rules/materials';

/** Every problem of the recorded materials at once, each with its field, so the clerk fixes all in one go. */
export function materialEntriesError(problems: readonly EntryProblem[]): AppError {
  return invalidFields(
    problems.map((problem) => ({
      field: `materials.${problem.index}.${problem.field}`,
      label: fieldLabel([problem.field]),
      message: problem.message,
    })),
    'MATERIALS_INVALID',
  );
}
