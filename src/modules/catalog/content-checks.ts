import type { Db, Tx } from '../../db/database';
import { AppError } from '../../server/errors';
import { fieldLabel } from '../../shared/field-labels';
import type { ItemContent } from './item-content';
import { itemContentProblems } from './rules/content-rules';
import type { ContentProblem } from './rules/problem';

/** The implementing department, which must exist, be active and carry a credit code. */
export async function implementingDepartment(db: Db | Tx, departmentId: string) {
  const department = await db
    .selectFrom('departments')
    .select(['id', 'name', 'region_code', 'credit_code', 'active'])
    .where('id', '=', departmentId)
    .executeTakeFirst();
  if (!department?.active)
    throw contentInvalid([{ path: 'departmentId', message: '实施主体不存在或已停用' }]);
  if (!department.credit_code) {
    throw contentInvalid([
      {
        path: 'departmentId',
        message: `实施主体“${department.name}”未登记统一社会信用代码，无法生成实施编码`,
      },
    ]);
  }
  return { ...department, credit_code: department.credit_code, regionCode: department.region_code };
}

/** Rules that need the database: joint departments and workflow actors' departments exist. */
async function referenceProblems(db: Db | Tx, content: ItemContent): Promise<ContentProblem[]> {
  const wanted = new Set([
    ...content.jointDepartmentIds,
    ...content.workflow.flatMap((step) =>
      step.actor && 'departmentId' in step.actor && step.actor.departmentId ? [step.actor.departmentId] : [],
    ),
  ]);
  if (wanted.size === 0) return [];
  const found = await db
    .selectFrom('departments')
    .select('id')
    .where('id', 'in', [...wanted])
    .where('active', '=', true)
    .execute();
  const known = new Set(found.map((row) => row.id));
  const problems: ContentProblem[] = [];
  content.jointDepartmentIds.forEach((id, index) => {
    if (!known.has(id))
      problems.push({ path: `jointDepartmentIds.${index}`, message: '联办部门不存在或已停用' });
  });
  content.workflow.forEach((step, index) => {
    const departmentId = step.actor && 'departmentId' in step.actor ? step.actor.departmentId : null;
    if (departmentId && !known.has(departmentId)) {
      problems.push({
        path: `workflow.${index}.actor`,
        message: `环节“${step.name}”的办理部门不存在或已停用`,
      });
    }
  });
  return problems;
}

export function contentInvalid(problems: ContentProblem[]): AppError {
  const details = problems.map((problem) => ({
    field: problem.path,
    label: fieldLabel(problem.path.split('.')),
    message: problem.message,
  }));
  return new AppError(400, 'ITEM_CONTENT_INVALID', problems[0]?.message ?? '事项内容不符合要求', details);
}

/** Every rule an item version must meet before it is stored. */
export async function checkContent(db: Db | Tx, content: ItemContent): Promise<void> {
  const problems = [...itemContentProblems(content), ...(await referenceProblems(db, content))];
  if (problems.length > 0) throw contentInvalid(problems);
}
