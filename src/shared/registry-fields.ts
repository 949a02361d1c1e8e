/**
 * The fields of the person and enterprise registry: one list drives import
 * mapping, field-level grants, the profile page and the read log, so a field
 * has one key and one name everywhere.
 */

export const SEXES = { male: '男', female: '女' } as const;

export const MARITAL_STATUSES = {
  unmarried: '未婚',
  married: '已婚',
  divorced: '离婚',
  widowed: '丧偶',
} as const;

export const EDUCATION_LEVELS = {
  none: '未上过学',
  primary: '小学',
  junior: '初中',
  senior: '高中/中专',
  college: '大学专科',
  bachelor: '大学本科',
  postgraduate: '研究生',
} as const;

export const EMPLOYMENT_STATUSES = {
  employed: '在业',
  flexible: '灵活就业',
  unemployed: '失业',
  retired: '离退休',
  student: '在校学生',
  other: '其他',
} as const;

export const SPECIAL_GROUPS = {
  elderly: '老年人',
  disabled: '残疾人',
  low_income: '低保对象',
  extreme_poverty: '特困人员',
  veteran: '退役军人',
  orphan: '孤儿',
  empty_nest: '空巢老人',
} as const;

export const ENTERPRISE_TYPES = {
  limited_company: '有限责任公司',
  joint_stock_company: '股份有限公司',
  sole_proprietorship: '个人独资企业',
  partnership: '合伙企业',
  branch: '分公司',
  individual_business: '个体工商户',
  farmer_cooperative: '农民专业合作社',
} as const;

export const ENTERPRISE_STATUSES = {
  operating: '存续（在营）',
  revoked: '吊销',
  cancelled: '注销',
  moved_out: '迁出',
} as const;

type FieldKind = 'key' | 'text' | 'date' | 'phone' | 'region' | 'enum' | 'tags';

export interface RegistryField {
  key: string;
  column: string;
  label: readonly [zh: string, en: string];
  kind: FieldKind;
  options?: Readonly<Record<string, string>>;
  /** Derived from the ID number, so a file may only confirm it. */
  derived?: boolean;
  required?: boolean;
}

export const PERSON_FIELDS: readonly RegistryField[] = [
  { key: 'idNumber', column: 'id_number', label: ['公民身份号码', 'ID number'], kind: 'key', required: true },
  { key: 'name', column: 'name', label: ['姓名', 'Name'], kind: 'text', required: true },
  { key: 'sex', column: 'sex', label: ['性别', 'Sex'], kind: 'enum', options: SEXES, derived: true },
  { key: 'birthDate', column: 'birth_date', label: ['出生日期', 'Birth date'], kind: 'date', derived: true },
  { key: 'ethnicity', column: 'ethnicity', label: ['民族', 'Ethnicity'], kind: 'text' },
  { key: 'phone', column: 'phone', label: ['联系电话', 'Phone'], kind: 'phone' },
  {
    key: 'householdAddress',
    column: 'household_address',
    label: ['户籍地址', 'Household address'],
    kind: 'text',
  },
  {
    key: 'householdRegionCode',
    column: 'household_region_code',
    label: ['户籍地区划代码', 'Household region code'],
    kind: 'region',
  },
  {
    key: 'residenceAddress',
    column: 'residence_address',
    label: ['居住地址', 'Residence address'],
    kind: 'text',
  },
  {
    key: 'residenceRegionCode',
    column: 'residence_region_code',
    label: ['居住地区划代码', 'Residence region code'],
    kind: 'region',
  },
  {
    key: 'householdRelation',
    column: 'household_relation',
    label: ['与户主关系', 'Relation to head'],
    kind: 'text',
  },
  {
    key: 'maritalStatus',
    column: 'marital_status',
    label: ['婚姻状况', 'Marital status'],
    kind: 'enum',
    options: MARITAL_STATUSES,
  },
  {
    key: 'education',
    column: 'education',
    label: ['文化程度', 'Education'],
    kind: 'enum',
    options: EDUCATION_LEVELS,
  },
  {
    key: 'employmentStatus',
    column: 'employment_status',
    label: ['就业状况', 'Employment'],
    kind: 'enum',
    options: EMPLOYMENT_STATUSES,
  },
  {
    key: 'specialGroups',
    column: 'special_groups',
    label: ['特殊群体', 'Special groups'],
    kind: 'tags',
    options: SPECIAL_GROUPS,
  },
];

export const ENTERPRISE_FIELDS: readonly RegistryField[] = [
  {
    key: 'creditCode',
    column: 'credit_code',
    label: ['统一社会信用代码', 'Credit code'],
    kind: 'key',
    required: true,
  },
  { key: 'name', column: 'name', label: ['名称', 'Name'], kind: 'text', required: true },
  {
    key: 'enterpriseType',
    column: 'enterprise_type',
    label: ['市场主体类型', 'Entity type'],
    kind: 'enum',
    options: ENTERPRISE_TYPES,
  },
  {
    key: 'legalRepresentative',
    column: 'legal_representative',
    label: ['法定代表人（经营者）', 'Legal representative'],
    kind: 'text',
  },
  { key: 'phone', column: 'phone', label: ['联系电话', 'Phone'], kind: 'phone' },
  { key: 'address', column: 'address', label: ['住所', 'Address'], kind: 'text' },
  { key: 'regionCode', column: 'region_code', label: ['住所区划代码', 'Region code'], kind: 'region' },
  { key: 'businessScope', column: 'business_scope', label: ['经营范围', 'Business scope'], kind: 'text' },
  {
    key: 'status',
    column: 'status',
    label: ['登记状态', 'Status'],
    kind: 'enum',
    options: ENTERPRISE_STATUSES,
  },
  { key: 'establishedOn', column: 'established_on', label: ['成立日期', 'Established'], kind: 'date' },
];

export type SubjectKind = 'person' | 'enterprise';

export function registryFields(kind: SubjectKind): readonly RegistryField[] {
  return kind === 'person' ? PERSON_FIELDS : ENTERPRISE_FIELDS;
}

/** Fields a grant may name: everything but the key, which the reader already holds. */
export function grantableFields(kind: SubjectKind): readonly RegistryField[] {
  return registryFields(kind).filter((field) => field.kind !== 'key');
}
