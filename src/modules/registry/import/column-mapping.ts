import { invalidField } from '../../../server/errors';
import { registryFields, type SubjectKind } from '../../../shared/registry-fields';

/**
 * Which column of a source file holds which registry field. A source's mapping
 * is saved, so the next export of the same system loads without asking; for a
 * new system the mapping is guessed from the headers and confirmed by a person.
 */
export type ColumnMapping = Record<string, string>;

/** Headers other systems commonly use, beyond the registry's own field names. */
const HEADER_ALIASES: Record<string, string> = {
  身份证号: 'idNumber',
  身份证号码: 'idNumber',
  证件号码: 'idNumber',
  公民身份证号: 'idNumber',
  姓名: 'name',
  手机号: 'phone',
  手机号码: 'phone',
  电话: 'phone',
  户籍地: 'householdAddress',
  户籍所在地: 'householdAddress',
  现住址: 'residenceAddress',
  居住地: 'residenceAddress',
  婚姻: 'maritalStatus',
  学历: 'education',
  人员类别: 'specialGroups',
  信用代码: 'creditCode',
  企业名称: 'name',
  主体名称: 'name',
  企业类型: 'enterpriseType',
  类型: 'enterpriseType',
  法定代表人: 'legalRepresentative',
  经营者: 'legalRepresentative',
  负责人: 'legalRepresentative',
  地址: 'address',
  经营场所: 'address',
  登记状态: 'status',
  状态: 'status',
};

const normalise = (header: string) => header.replace(/[\s（）()：:*]/g, '');

export function suggestMapping(
  kind: SubjectKind,
  headers: readonly string[],
  saved: ColumnMapping,
): ColumnMapping {
  const fields = registryFields(kind);
  const byLabel = new Map(fields.map((field) => [normalise(field.label[0]), field.key]));
  const known = new Set(fields.map((field) => field.key));
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const header of headers) {
    if (!header) continue;
    const guess = saved[header] ?? byLabel.get(normalise(header)) ?? HEADER_ALIASES[normalise(header)];
    if (guess && known.has(guess) && !taken.has(guess)) {
      mapping[header] = guess;
      taken.add(guess);
    }
  }
  return mapping;
}

/** Refuses a mapping that names unknown columns or fields, maps a field twice, or leaves the number out. */
export function assertUsableMapping(
  kind: SubjectKind,
  headers: readonly string[],
  mapping: ColumnMapping,
): void {
  const fields = registryFields(kind);
  const labels = new Map(fields.map((field) => [field.key, field.label[0]]));
  const seen = new Map<string, string>();
  for (const [header, fieldKey] of Object.entries(mapping)) {
    if (!headers.includes(header)) throw invalidField('mapping', `文件中没有“${header}”这一列`);
    const label = labels.get(fieldKey);
    if (!label) throw invalidField('mapping', `“${header}”对应的字段不存在`);
    const earlier = seen.get(fieldKey);
    if (earlier) throw invalidField('mapping', `“${earlier}”和“${header}”都对应了“${label}”，只能选一列`);
    seen.set(fieldKey, header);
  }
  const keyField = fields.find((field) => field.kind === 'key');
  if (keyField && !seen.has(keyField.key))
    throw invalidField('mapping', `请指定哪一列是“${keyField.label[0]}”`);
}
