import type { Role } from '../../../../../src/shared/roles';
import { useT } from '../../../../common/locale';
import { type TermTable, useCatalogTerms } from '../../i18n/catalogTerms';
import { useLabels } from '../../i18n/useLabels';
import type { ItemContent } from './types';
import type { useDepartments } from './useDepartments';

const messages = {
  yes: ['是', 'Yes'],
  no: ['否', 'No'],
  none: ['—', '—'],
  notOnline: ['不能网上办理', 'Not online'],
  noAnyWindow: ['不支持通办', 'Not offered'],
  noLegalLimit: ['无法定时限', 'None set by law'],
  days: ['{n} 个工作日', '{n} working days'],
  visits: ['{n} 次', '{n}'],
  noActor: ['未指定办理人', 'No handler'],
  chiefRep: ['首席代表', 'Chief representative'],
  fixedPerson: ['指定人员', 'Named person'],
  askOnForm: ['不预填', 'Not pre-filled'],
  sequential: ['不并联', 'Not parallel'],
  count: ['{n} 份', '{n}'],
  group: ['并联组 {g}', 'Parallel group {g}'],
  needed: ['必需', 'required'],
  optional: ['非必需', 'optional'],
} as const;

type Step = ItemContent['workflow'][number];

/** Which vocabulary table explains the values of a field, wherever it sits in the content. */
const FIELD_TERMS: Record<string, TermTable> = {
  itemType: 'itemType',
  level: 'level',
  handlingKind: 'handlingKind',
  serviceObjects: 'serviceObject',
  resultType: 'resultType',
  serviceCategory: 'serviceCategory',
  reverseAnalysis: 'reverseAnalysis',
  themes: 'theme',
  forms: 'materialForm',
  source: 'materialSource',
  certificateTypes: 'certificateType',
  type: 'fieldType',
  profileSource: 'profileSource',
  actions: 'workflowAction',
  anyWindowScope: 'anyWindowScope',
  onlineDepth: 'onlineDepth',
};

/** Item-content values in words: labels for codes, department names for ids, 是/否 for flags. */
export function useContentText(departments: ReturnType<typeof useDepartments>) {
  const t = useT(messages);
  const terms = useCatalogTerms();
  const labels = useLabels();

  const actor = (value: Step['actor']): string => {
    if (!value) return t('noActor');
    if (value.kind === 'fixed_person') return t('fixedPerson');
    const who = value.kind === 'chief_rep' ? t('chiefRep') : labels.role(value.role as Role);
    return value.departmentId ? `${who} · ${departments.nameOf(value.departmentId)}` : who;
  };
  /** parallel_a -> 并联组 A; other keys are shown as they are. */
  const group = (value: string) => {
    const letter = /^parallel_([a-z])$/.exec(value)?.[1];
    return letter ? t('group').replace('{g}', letter.toUpperCase()) : value;
  };
  const need = (required: unknown) => (required ? t('needed') : t('optional'));
  const days = (value: number | null) =>
    value === null ? t('noLegalLimit') : t('days').replace('{n}', String(value));

  /** One field's value as text; `field` is the field's own name (e.g. "forms", "departmentId"). */
  const text = (field: string, value: unknown): string => {
    if (field === 'onlineDepth' && value === 0) return t('notOnline');
    if (field === 'anyWindowScope' && value === null) return t('noAnyWindow');
    if (field === 'profileSource' && value === null) return t('askOnForm');
    if (field === 'parallelGroup') return value ? group(String(value)) : t('sequential');
    if (field === 'legalLimitDays' || field === 'promisedLimitDays' || field === 'limitDays') {
      return days(value as number | null);
    }
    if (field === 'visits') return t('visits').replace('{n}', String(value));
    if (field === 'originalCount' || field === 'copyCount') return t('count').replace('{n}', String(value));
    if (field === 'actor') return actor(value as Step['actor']);
    if (field === 'departmentId') return departments.nameOf(value as string | null);
    if (field === 'jointDepartmentIds')
      return (value as string[]).map(departments.nameOf).join('、') || t('none');
    if (value === null || value === undefined || value === '') return t('none');
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    const table = FIELD_TERMS[field];
    if (Array.isArray(value)) {
      if (value.length === 0) return t('none');
      return value.map((entry) => (table ? terms.label(table, entry) : String(entry))).join('、');
    }
    if (table) return terms.label(table, value as never);
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  return { text, actor, days, group, need };
}
