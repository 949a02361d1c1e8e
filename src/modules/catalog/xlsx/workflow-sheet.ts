import { WORKFLOW_ACTIONS } from '../../../shared/catalog-terms';
import { ROLE_LABELS } from '../../../shared/roles';
import type { WorkflowStep } from '../item-content';
import { type Cell, choice, decimal, listOf, orNull, type Parsed, text, yesNo } from './cells';
import { type Column, fieldColumn } from './columns';
import type { DirectoryCodecs } from './directory';
import { type EntryRow, entry, keyColumns, type ListSheet, listSheet } from './list-sheets';

/**
 * The 办理流程 sheet: one row per workflow step. Who handles a step is spread
 * over four cells (type, role, department, named person) so each can be
 * filled from a list and checked on its own.
 */
const ACTOR_KINDS = { role: '角色', chief_rep: '首席代表', fixed_person: '指定人员' } as const;
type Actor = NonNullable<WorkflowStep['actor']>;

/** One of the actor's cells; written only for the kinds that have it. */
function actorColumn(
  field: 'kind' | 'role' | 'departmentId' | 'userId',
  header: string,
  read: (cell: string | number | boolean) => Parsed<unknown>,
  write: (actor: Actor) => Cell,
  note: string,
): Column<EntryRow<WorkflowStep>> {
  return {
    header,
    width: 20,
    field: `actor.${field}`,
    headerRequired: false,
    note,
    empty: 'default',
    write: (row) => (row.entry.actor ? write(row.entry.actor) : null),
    read,
  };
}

export function workflowSheet(codecs: DirectoryCodecs): ListSheet {
  const kind = choice(ACTOR_KINDS);
  const role = choice(ROLE_LABELS);
  const sheet = listSheet('办理流程', 'workflow', (item) => item.workflow, [
    ...keyColumns<WorkflowStep>(codecs),
    fieldColumn(entry<WorkflowStep>, 'key', '环节标识', text, {
      empty: (n) => `step_${n}`,
      width: 16,
      note: '小写字母开头的字母、数字或下划线',
    }),
    fieldColumn(entry<WorkflowStep>, 'name', '环节名称', text, { empty: 'required', width: 18 }),
    actorColumn(
      'kind',
      '办理人类型',
      kind.read,
      (actor) => kind.write(actor.kind),
      `${kind.hint}；留空即未指定办理人`,
    ),
    actorColumn(
      'role',
      '办理角色',
      role.read,
      (actor) => (actor.kind === 'role' ? role.write(actor.role) : null),
      `办理人类型为“角色”时填写；${role.hint}`,
    ),
    actorColumn(
      'departmentId',
      '办理部门',
      codecs.department.read,
      (actor) =>
        actor.kind !== 'fixed_person' && actor.departmentId
          ? codecs.department.write(actor.departmentId)
          : null,
      '部门全称或统一社会信用代码；首席代表必填',
    ),
    actorColumn(
      'userId',
      '指定人员',
      codecs.user.read,
      (actor) => (actor.kind === 'fixed_person' ? codecs.user.write(actor.userId) : null),
      '办理人类型为“指定人员”时填写其用户名',
    ),
    fieldColumn(entry<WorkflowStep>, 'limitDays', '环节时限（工作日）', decimal, { empty: 'required' }),
    fieldColumn(entry<WorkflowStep>, 'actions', '允许的操作', listOf(choice(WORKFLOW_ACTIONS)), {
      empty: 'required',
      width: 28,
    }),
    fieldColumn(entry<WorkflowStep>, 'parallelGroup', '并联组', orNull(text), {
      note: '相邻且并联组相同的环节并行办理',
    }),
    fieldColumn(entry<WorkflowStep>, 'copyLeaders', '抄送部门领导', yesNo, {
      empty: 'default',
      note: '填“是”时，环节到达即告知办理部门的领导',
    }),
  ]);
  return {
    ...sheet,
    finish: (raw) => {
      const actor = raw.actor as Record<string, unknown> | undefined;
      if (actor === undefined) {
        raw.actor = null;
        return [];
      }
      if (!('kind' in actor)) {
        return [
          {
            field: 'actor.kind',
            message: '已填写办理角色、部门或人员，请同时填写办理人类型（角色、首席代表或指定人员）',
          },
        ];
      }
      if (actor.kind === 'role' && !('departmentId' in actor)) actor.departmentId = null;
      return [];
    },
  };
}
