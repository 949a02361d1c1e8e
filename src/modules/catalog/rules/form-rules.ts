/**
 * Rules for an item's application form: keys, select options, and the
 * applicant-profile facts that pre-fill fields so they are asked only once.
 */
import {
  FORM_FIELD_TYPES,
  type FormFieldType,
  PROFILE_SOURCES,
  type ProfileSource,
} from '../../../shared/catalog-terms';
import type { FormField } from '../item-content';
import type { ContentProblem } from './problem';

/** The field types a profile fact can be shown in without losing its format checks. */
const TYPES_FOR_SOURCE: Record<ProfileSource, readonly FormFieldType[]> = {
  id_number: ['id_number'],
  phone: ['phone'],
  birth_date: ['date'],
  credit_code: ['credit_code'],
  household_address: ['address', 'text'],
  residence_address: ['address', 'text'],
  name: ['text', 'select'],
  enterprise_name: ['text', 'select'],
  legal_representative: ['text', 'select'],
  ethnicity: ['text', 'select'],
  sex: ['text', 'select'],
};

const fieldName = (fields: readonly FormField[], index: number) =>
  `第${index + 1}个字段“${fields[index]?.label ?? ''}”`;
const typeNames = (types: readonly FormFieldType[]) =>
  types.map((type) => `“${FORM_FIELD_TYPES[type]}”`).join('或');

function optionProblem(fields: readonly FormField[], index: number): string | null {
  const field = fields[index] as FormField;
  if (field.type === 'select') {
    return field.options.length >= 2
      ? null
      : `${fieldName(fields, index)}为“${FORM_FIELD_TYPES.select}”，至少须有2个选项，现有 ${field.options.length} 个`;
  }
  return field.options.length === 0
    ? null
    : `${fieldName(fields, index)}为“${FORM_FIELD_TYPES[field.type]}”，不应设置选项；请删除选项或改为“${FORM_FIELD_TYPES.select}”`;
}

/** Problems with the form fields of an item; paths are formFields.<index>.<field>. */
export function formProblems(fields: readonly FormField[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstWithKey = new Map<string, number>();
  const firstWithSource = new Map<ProfileSource, number>();
  fields.forEach((field, index) => {
    const at = `formFields.${index}`;
    const earlierKey = firstWithKey.get(field.key);
    if (earlierKey === undefined) firstWithKey.set(field.key, index);
    else {
      problems.push({
        path: `${at}.key`,
        message: `${fieldName(fields, index)}的标识“${field.key}”与${fieldName(fields, earlierKey)}重复，请改用其他标识`,
      });
    }
    const options = optionProblem(fields, index);
    if (options) problems.push({ path: `${at}.options`, message: options });

    const source = field.profileSource;
    if (source === null) return;
    const sourceName = `申请人信息“${PROFILE_SOURCES[source]}”`;
    const earlierSource = firstWithSource.get(source);
    if (earlierSource === undefined) firstWithSource.set(source, index);
    else {
      problems.push({
        path: `${at}.profileSource`,
        message: `${fieldName(fields, index)}与${fieldName(fields, earlierSource)}都取自${sourceName}；同一信息只能预填一个字段，请取消其中一个的预填`,
      });
    }
    const allowed = TYPES_FOR_SOURCE[source];
    if (!allowed.includes(field.type)) {
      problems.push({
        path: `${at}.type`,
        message: `${fieldName(fields, index)}取自${sourceName}，字段类型应为${typeNames(allowed)}，现为“${FORM_FIELD_TYPES[field.type]}”`,
      });
    }
  });
  return problems;
}
