import {
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  ENTERPRISE_STATUSES,
  ENTERPRISE_TYPES,
  MARITAL_STATUSES,
  type RegistryField,
  registryFields,
  SEXES,
  SPECIAL_GROUPS,
  type SubjectKind,
} from '../../src/shared/registry-fields';

/**
 * Registry values as a reader wants them, in either language. The option
 * tables in src/shared are Chinese only; these are their English twins, table
 * by table, so a new option without its English name does not compile.
 */
type Twin<T> = { readonly [K in keyof T]: string };

const ENGLISH_OPTIONS = new Map<RegistryField['options'], Readonly<Record<string, string>>>([
  [SEXES, { male: 'Male', female: 'Female' } satisfies Twin<typeof SEXES>],
  [
    MARITAL_STATUSES,
    {
      unmarried: 'Unmarried',
      married: 'Married',
      divorced: 'Divorced',
      widowed: 'Widowed',
    } satisfies Twin<typeof MARITAL_STATUSES>,
  ],
  [
    EDUCATION_LEVELS,
    {
      none: 'No schooling',
      primary: 'Primary school',
      junior: 'Junior secondary school',
      senior: 'Senior secondary or vocational school',
      college: 'Junior college',
      bachelor: 'Bachelor’s degree',
      postgraduate: 'Postgraduate',
    } satisfies Twin<typeof EDUCATION_LEVELS>,
  ],
  [
    EMPLOYMENT_STATUSES,
    {
      employed: 'Employed',
      flexible: 'Flexibly employed',
      unemployed: 'Unemployed',
      retired: 'Retired',
      student: 'Student',
      other: 'Other',
    } satisfies Twin<typeof EMPLOYMENT_STATUSES>,
  ],
  [
    SPECIAL_GROUPS,
    {
      elderly: 'Elderly',
      disabled: 'Disabled',
      low_income: 'Minimum living allowance',
      extreme_poverty: 'Extreme poverty support',
      veteran: 'Veteran',
      orphan: 'Orphan',
      empty_nest: 'Elderly living alone',
    } satisfies Twin<typeof SPECIAL_GROUPS>,
  ],
  [
    ENTERPRISE_TYPES,
    {
      limited_company: 'Limited liability company',
      joint_stock_company: 'Company limited by shares',
      sole_proprietorship: 'Sole proprietorship',
      partnership: 'Partnership',
      branch: 'Branch',
      individual_business: 'Individual business',
      farmer_cooperative: 'Farmers’ cooperative',
    } satisfies Twin<typeof ENTERPRISE_TYPES>,
  ],
  [
    ENTERPRISE_STATUSES,
    {
      operating: 'Operating',
      revoked: 'Licence revoked',
      cancelled: 'Deregistered',
      moved_out: 'Moved out',
    } satisfies Twin<typeof ENTERPRISE_STATUSES>,
  ],
]);

/**
 * The 56 ethnic groups of GB/T 3304 in the standard's order, with their usual
 * English names. Ethnicity is free text in the registry (sources write 汉族 or 汉),
 * so a value outside this list shows as written.
 */
export const ETHNIC_GROUPS_EN: Readonly<Record<string, string>> = {
  汉族: 'Han',
  蒙古族: 'Mongol',
  回族: 'Hui',
  藏族: 'Tibetan',
  维吾尔族: 'Uyghur',
  苗族: 'Miao',
  彝族: 'Yi',
  壮族: 'Zhuang',
  布依族: 'Bouyei',
  朝鲜族: 'Korean',
  满族: 'Manchu',
  侗族: 'Dong',
  瑶族: 'Yao',
  白族: 'Bai',
  土家族: 'Tujia',
  哈尼族: 'Hani',
  哈萨克族: 'Kazakh',
  傣族: 'Dai',
  黎族: 'Li',
  傈僳族: 'Lisu',
  佤族: 'Wa',
  畲族: 'She',
  高山族: 'Gaoshan',
  拉祜族: 'Lahu',
  水族: 'Shui',
  东乡族: 'Dongxiang',
  纳西族: 'Naxi',
  景颇族: 'Jingpo',
  柯尔克孜族: 'Kyrgyz',
  土族: 'Tu',
  达斡尔族: 'Daur',
  仫佬族: 'Mulao',
  羌族: 'Qiang',
  布朗族: 'Blang',
  撒拉族: 'Salar',
  毛南族: 'Maonan',
  仡佬族: 'Gelao',
  锡伯族: 'Xibe',
  阿昌族: 'Achang',
  普米族: 'Pumi',
  塔吉克族: 'Tajik',
  怒族: 'Nu',
  乌孜别克族: 'Uzbek',
  俄罗斯族: 'Russian',
  鄂温克族: 'Evenki',
  德昂族: 'De’ang',
  保安族: 'Bonan',
  裕固族: 'Yugur',
  京族: 'Gin',
  塔塔尔族: 'Tatar',
  独龙族: 'Derung',
  鄂伦春族: 'Oroqen',
  赫哲族: 'Hezhen',
  门巴族: 'Monba',
  珞巴族: 'Lhoba',
  基诺族: 'Jino',
};

function ethnicityText(value: string, english: boolean): string {
  if (!english) return value;
  return ETHNIC_GROUPS_EN[value] ?? ETHNIC_GROUPS_EN[`${value}族`] ?? value;
}

/** One stored option (a key such as `married`) in the reader's language; an unknown key shows as itself. */
export function registryOptionText(field: RegistryField, value: string, english: boolean): string {
  if (field.key === 'ethnicity') return ethnicityText(value, english);
  const options = english ? ENGLISH_OPTIONS.get(field.options) : field.options;
  return options?.[value] ?? value;
}

/** A stored value as a reader wants it: option labels instead of keys, lists joined, — for nothing. */
export function registryValueText(kind: SubjectKind, key: string, raw: unknown, english: boolean): string {
  if (raw === null || raw === undefined || raw === '') return '—';
  const field = registryFields(kind).find((candidate) => candidate.key === key);
  const show = (item: unknown) =>
    field && typeof item === 'string' ? registryOptionText(field, item, english) : String(item);
  if (!Array.isArray(raw)) return show(raw);
  return raw.length === 0 ? '—' : raw.map(show).join(english ? ', ' : '、');
}
