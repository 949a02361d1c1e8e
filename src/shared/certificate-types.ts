/**
 * What the electronic certificate library knows about each certificate type.
 * The keys are CERTIFICATE_TYPES of catalog-terms.ts (the one list of types;
 * catalogue materials name them too); this adds the type code used in the
 * GB/T 36904 identifier, the kind of holder, the issuing department's kind,
 * the default validity and the data fields printed on the certificate.
 *
 * Type codes: nationally a type code is the defining authority's credit code
 * plus a 3-digit number (e.g. 11100000000013338W011 for a certificate defined
 * by the Ministry of Housing). No public source gives the national codes of
 * these types, so Yici uses LOCAL codes under a placeholder authority code
 * (docs/decisions/0007-certificate-identifiers.md); a certificate keeps the
 * code it was issued with, so replacing them later leaves old identifiers valid.
 */
import { CERTIFICATE_TYPES, type CertificateType } from './catalog-terms';
import type { HolderKind } from './certificate-holder';
import type { DepartmentKind } from './org-kinds';

/** Placeholder credit code of the "authority" defining Yici's local type codes: 11 organ, 330103 the district. */
export const LOCAL_TYPE_AUTHORITY_CODE = '11330103MB00000002';

const CERTIFICATE_FIELD_TYPES = ['text', 'textarea', 'date', 'number', 'select', 'id_number'] as const;
type CertificateFieldType = (typeof CERTIFICATE_FIELD_TYPES)[number];

export interface CertificateFieldSpec {
  key: string;
  label: string;
  labelEn: string;
  type: CertificateFieldType;
  required: boolean;
  /** The choices of a select field, as printed on the certificate. */
  options?: readonly string[];
}

/**
 * What issuing a type's certificate to someone already holding a valid one of it does:
 * 'replace' revokes the held one (reason 换发) and issues the new; 'refuse' issues nothing
 * (one per life event or person); 'ask' makes the issuing clerk choose; 'allow' lets several be
 * held at once (one per property or premises).
 */
export const DUPLICATE_RULES = ['replace', 'refuse', 'ask', 'allow'] as const;
export type DuplicateRule = (typeof DUPLICATE_RULES)[number];

interface CertificateTypeSpec {
  typeCode: string;
  onDuplicate: DuplicateRule;
  holderKind: HolderKind;
  issuerKind: DepartmentKind;
  /** Default validity in years; null = 长期 (no end date). */
  validityYears: number | null;
  fields: readonly CertificateFieldSpec[];
}

const field = (
  key: string,
  label: string,
  labelEn: string,
  type: CertificateFieldType = 'text',
  options?: readonly string[],
): CertificateFieldSpec => ({ key, label, labelEn, type, required: true, ...(options ? { options } : {}) });
const optional = (spec: CertificateFieldSpec): CertificateFieldSpec => ({ ...spec, required: false });

const SEX = ['男', '女'] as const;
const sex = field('sex', '性别', 'Sex', 'select', SEX);
const birthDate = field('birthDate', '出生日期', 'Date of birth', 'date');
const address = field('address', '住址', 'Address');

/** 结婚证 and 离婚证: the registration date and the other party. */
function civilRegistration(party: string, label: string, labelEn: string) {
  return {
    holderKind: 'person',
    issuerKind: 'civil_affairs',
    validityYears: null,
    fields: [
      field('registeredOn', '登记日期', 'Registered on', 'date'),
      field(`${party}Name`, `${label}姓名`, `${labelEn}'s name`),
      field(`${party}IdNumber`, `${label}身份证号码`, `${labelEn}'s ID number`, 'id_number'),
    ],
  } as const;
}

/**
 * The 3-digit part of each local type code. Written out, never derived from the
 * order of CERTIFICATE_TYPES: a code is part of every identifier issued with it.
 */
const LOCAL_TYPE_NUMBERS: Record<CertificateType, number> = {
  id_card: 1,
  household_register: 2,
  birth_medical_certificate: 3,
  marriage_certificate: 4,
  divorce_certificate: 5,
  elderly_card: 6,
  disability_card: 7,
  residence_permit: 8,
  death_certificate: 9,
  cremation_certificate: 10,
  business_licence: 11,
  food_business_licence: 12,
  social_security_card: 13,
  property_certificate: 14,
  low_income_certificate: 15,
};

/** Each type's rule for a second valid certificate of the same holder (see DuplicateRule). */
const ON_DUPLICATE: Record<CertificateType, DuplicateRule> = {
  id_card: 'replace',
  household_register: 'replace',
  birth_medical_certificate: 'refuse',
  marriage_certificate: 'refuse',
  divorce_certificate: 'refuse',
  elderly_card: 'ask',
  disability_card: 'ask',
  residence_permit: 'replace',
  death_certificate: 'refuse',
  cremation_certificate: 'refuse',
  business_licence: 'ask',
  food_business_licence: 'allow',
  social_security_card: 'replace',
  property_certificate: 'allow',
  low_income_certificate: 'ask',
};

const SPECS: Record<CertificateType, Omit<CertificateTypeSpec, 'typeCode' | 'onDuplicate'>> = {
  id_card: {
    holderKind: 'person',
    issuerKind: 'public_security',
    // 居民身份证法 art. 5 sets the period by age; defaultValidUntil applies it.
    validityYears: 20,
    fields: [sex, field('ethnicity', '民族', 'Ethnicity'), birthDate, address],
  },
  household_register: {
    holderKind: 'person',
    issuerKind: 'public_security',
    validityYears: null,
    fields: [
      field('householdNumber', '户号', 'Household number'),
      field('householdType', '户别', 'Household type', 'select', ['家庭户', '集体户']),
      field('relationToHead', '与户主关系', 'Relation to head of household'),
      sex,
      birthDate,
      address,
    ],
  },
  birth_medical_certificate: {
    holderKind: 'person',
    issuerKind: 'health',
    validityYears: null,
    fields: [
      sex,
      birthDate,
      field('birthPlace', '出生地点', 'Place of birth'),
      field('motherName', '母亲姓名', "Mother's name"),
      optional(field('fatherName', '父亲姓名', "Father's name")),
      field('facility', '接生机构', 'Delivering facility'),
    ],
  },
  marriage_certificate: civilRegistration('spouse', '配偶', 'Spouse'),
  divorce_certificate: civilRegistration('formerSpouse', '原配偶', 'Former spouse'),
  elderly_card: {
    holderKind: 'person',
    issuerKind: 'civil_affairs',
    validityYears: null,
    fields: [sex, birthDate, address],
  },
  disability_card: {
    holderKind: 'person',
    issuerKind: 'disabled_federation',
    validityYears: 10,
    fields: [
      field('category', '残疾类别', 'Category', 'select', [
        '视力',
        '听力',
        '言语',
        '肢体',
        '智力',
        '精神',
        '多重',
      ]),
      field('grade', '残疾等级', 'Grade', 'select', ['一级', '二级', '三级', '四级']),
      optional(field('guardianName', '监护人姓名', "Guardian's name")),
      address,
    ],
  },
  residence_permit: {
    holderKind: 'person',
    issuerKind: 'public_security',
    validityYears: 1,
    fields: [sex, birthDate, field('residenceAddress', '居住地址', 'Residential address'), address],
  },
  death_certificate: {
    holderKind: 'person',
    issuerKind: 'health',
    validityYears: null,
    fields: [
      field('deathDate', '死亡日期', 'Date of death', 'date'),
      field('deathPlace', '死亡地点', 'Place of death'),
    ],
  },
  cremation_certificate: {
    holderKind: 'person',
    issuerKind: 'civil_affairs',
    validityYears: null,
    fields: [
      field('crematedOn', '火化日期', 'Cremated on', 'date'),
      field('funeralHome', '殡仪馆', 'Funeral home'),
    ],
  },
  business_licence: {
    holderKind: 'enterprise',
    issuerKind: 'market_regulation',
    validityYears: null,
    fields: [
      field('entityType', '类型', 'Type', 'select', [
        '有限责任公司',
        '股份有限公司',
        '个人独资企业',
        '合伙企业',
        '个体工商户',
        '农民专业合作社',
      ]),
      field('legalRepresentative', '法定代表人（经营者）', 'Legal representative (operator)'),
      optional(field('registeredCapital', '注册资本', 'Registered capital')),
      field('establishedOn', '成立日期', 'Established on', 'date'),
      field('domicile', '住所（经营场所）', 'Domicile (business premises)'),
      field('businessScope', '经营范围', 'Business scope', 'textarea'),
    ],
  },
  food_business_licence: {
    holderKind: 'enterprise',
    issuerKind: 'market_regulation',
    // 食品经营许可和备案管理办法: a licence is valid for 5 years.
    validityYears: 5,
    fields: [
      field('licenceNumber', '许可证编号', 'Licence number'),
      field('legalRepresentative', '法定代表人（负责人）', 'Legal representative (person in charge)'),
      field('premises', '经营场所', 'Business premises'),
      field('mainBusiness', '主体业态', 'Main business form', 'select', [
        '食品销售经营者',
        '餐饮服务经营者',
        '集中用餐单位食堂',
      ]),
      field('businessItems', '经营项目', 'Business items', 'textarea'),
    ],
  },
  social_security_card: {
    holderKind: 'person',
    issuerKind: 'human_resources',
    validityYears: 10,
    fields: [field('cardNumber', '卡号', 'Card number'), optional(field('bank', '发卡银行', 'Issuing bank'))],
  },
  property_certificate: {
    holderKind: 'person',
    issuerKind: 'other',
    validityYears: null,
    fields: [
      field('location', '坐落', 'Location'),
      field('rightType', '权利类型', 'Type of right'),
      field('usage', '用途', 'Use'),
      field('area', '面积（平方米）', 'Area (m²)', 'number'),
    ],
  },
  low_income_certificate: {
    holderKind: 'person',
    issuerKind: 'civil_affairs',
    validityYears: 1,
    fields: [
      field('householdSize', '保障人数', 'People covered', 'number'),
      field('monthlyAmount', '月保障金额（元）', 'Monthly amount (yuan)', 'number'),
      address,
    ],
  },
};

export const CERTIFICATE_TYPE_KEYS = Object.keys(CERTIFICATE_TYPES) as CertificateType[];

export const CERTIFICATE_TYPE_SPECS = Object.fromEntries(
  CERTIFICATE_TYPE_KEYS.map((type) => [
    type,
    {
      ...SPECS[type],
      onDuplicate: ON_DUPLICATE[type],
      typeCode: `${LOCAL_TYPE_AUTHORITY_CODE}${String(LOCAL_TYPE_NUMBERS[type]).padStart(3, '0')}`,
    },
  ]),
) as Record<CertificateType, CertificateTypeSpec>;
