import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../../../../src/shared/audit-actions';

/** Names of audited actions and object types as [Chinese, English]; unknown ones are shown as recorded. */
export const ACTION_LABELS: Record<string, readonly [string, string]> = AUDIT_ACTIONS;

export const ENTITY_LABELS: Record<string, readonly [string, string]> = AUDIT_ENTITIES;

/** Colors by what the action does, so creations and changes are told apart at a glance. */
export function actionColor(action: string): string {
  if (action.endsWith('.create') || action.endsWith('.grant_role')) return 'green';
  if (action.endsWith('.issue')) return 'green';
  if (action.endsWith('.revoke_role') || action.endsWith('.withdraw') || action.endsWith('.revoke'))
    return 'red';
  if (action.includes('password')) return 'orange';
  if (action.startsWith('system.')) return 'purple';
  return 'blue';
}

export function labelOf(
  table: Record<string, readonly [string, string]>,
  key: string,
  english: boolean,
): string {
  return table[key]?.[english ? 1 : 0] ?? key;
}
