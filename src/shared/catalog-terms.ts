/**
 * The vocabulary of the service catalogue (GB/T 39554.1-2020 implementing-list
 * fields and the Ningbo classifications), with Chinese labels.
 */

/** Item types: digits 3-4 of the basic code. */
export const ITEM_TYPES = {
  '01': '行政许可',
  '02': '行政处罚',
  '03': '行政强制',
  '04': '行政征收',
  '05': '行政给付',
  '06': '行政检查',
  '07': '行政确认',
  '08': '行政奖励',
  '09': '行政裁决',
  '10': '其他行政权力',
  '20': '公共服务',
} as const;
export type ItemType = keyof typeof ITEM_TYPES;
export const ITEM_TYPE_CODES = Object.keys(ITEM_TYPES) as ItemType[];

/** Exercise level: the digit between credit code and basic code in the implementation code. */
export const ITEM_LEVELS = { 1: '国家级', 2: '省级', 3: '市级', 4: '县级', 5: '乡镇（街道）级' } as const;
export type ItemLevel = 1 | 2 | 3 | 4 | 5;

export const HANDLING_KINDS = { on_the_spot: '即办件', promised: '承诺件' } as const;
export type HandlingKind = keyof typeof HANDLING_KINDS;

export const SERVICE_OBJECTS = {
  natural_person: '自然人',
  enterprise: '企业法人',
  public_institution: '事业单位法人',
  social_organization: '社会组织法人',
  other_organization: '非法人企业及其他组织',
} as const;

/** 网上办理深度: how far an item can be done online. */
export const ONLINE_DEPTHS = {
  1: '一级：网上咨询、下载表格',
  2: '二级：网上预审',
  3: '三级：网上受理，到现场核验领取',
  4: '四级：全程网办',
} as const;
export type OnlineDepth = 1 | 2 | 3 | 4;

export const ANY_WINDOW_SCOPES = {
  national: '全国通办',
  province: '全省通办',
  city: '全市通办',
  county: '全区（县）通办',
  town: '全镇（街道）通办',
  village: '跨村（社区）通办',
} as const;
export type AnyWindowScope = keyof typeof ANY_WINDOW_SCOPES;

export const RESULT_TYPES = {
  certificate: '证照',
  approval_document: '批文',
  letter: '证明或告知书',
  payment: '发放款物',
  other: '其他',
  none: '无',
} as const;
export type ResultType = keyof typeof RESULT_TYPES;

/** The nine public-service categories of Ningbo's catalogue. */
export const SERVICE_CATEGORIES = {
  testing: '检验检测',
  certification: '证明鉴定',
  enquiry: '查询咨询',
  disclosure: '信息公开',
  assessment: '评估评价',
  registration: '登记备案',
  review_acceptance: '审查受理',
  payment_subsidy: '缴纳补贴',
  bidding_trading: '竞价交易',
} as const;

/** Ningbo's reverse analysis: can the item be done in at most one trip? */
export const REVERSE_ANALYSIS = {
  achievable_now: '现阶段即可实现',
  by_reengineering: '通过流程再造可实现',
  needs_more_work: '需进一步研究',
} as const;

export const LIFE_THEMES = {
  birth: '出生',
  schooling: '上学',
  employment: '就业',
  marriage: '婚育',
  housing: '住房',
  social_security: '社保医保',
  elderly: '退休养老',
  disability: '残疾人服务',
  assistance: '社会救助',
  death: '身后事',
  business: '开办企业',
  operation: '经营许可',
} as const;
export type LifeTheme = keyof typeof LIFE_THEMES;

export const MATERIAL_FORMS = { original: '原件', copy: '复印件', electronic: '电子件' } as const;
export type MaterialForm = keyof typeof MATERIAL_FORMS;

export const MATERIAL_SOURCES = {
  applicant: '申请人自备',
  government: '政府部门核发',
  intermediary: '中介机构出具',
  other: '其他',
} as const;
export type MaterialSource = keyof typeof MATERIAL_SOURCES;

/** Certificate types a material can be replaced by (the electronic certificate library reads these). */
export const CERTIFICATE_TYPES = {
  id_card: '居民身份证',
  household_register: '居民户口簿',
  birth_medical_certificate: '出生医学证明',
  marriage_certificate: '结婚证',
  divorce_certificate: '离婚证',
  elderly_card: '老年优待证',
  disability_card: '残疾人证',
  residence_permit: '居住证',
  death_certificate: '死亡医学证明',
  cremation_certificate: '火化证明',
  business_licence: '营业执照',
  food_business_licence: '食品经营许可证',
  social_security_card: '社会保障卡',
  property_certificate: '不动产权证书',
  low_income_certificate: '最低生活保障证',
} as const;
export type CertificateType = keyof typeof CERTIFICATE_TYPES;

export const FORM_FIELD_TYPES = {
  text: '单行文本',
  textarea: '多行文本',
  number: '数字',
  date: '日期',
  select: '单选',
  id_number: '身份证号码',
  credit_code: '统一社会信用代码',
  phone: '手机号码',
  address: '地址',
} as const;
export type FormFieldType = keyof typeof FORM_FIELD_TYPES;

/** Applicant-profile facts a form field can be pre-filled from, so they are asked only once. */
export const PROFILE_SOURCES = {
  name: '姓名',
  id_number: '身份证号码',
  sex: '性别',
  birth_date: '出生日期',
  phone: '手机号码',
  household_address: '户籍地址',
  residence_address: '居住地址',
  ethnicity: '民族',
  enterprise_name: '企业名称',
  credit_code: '统一社会信用代码',
  legal_representative: '法定代表人',
} as const;
export type ProfileSource = keyof typeof PROFILE_SOURCES;

export const WORKFLOW_ACTIONS = {
  approve: '通过',
  return: '退回',
  refuse: '不予许可',
  verify: '信息核验',
  suspend: '中止（特别程序）',
  extend: '延期',
} as const;
export type WorkflowAction = keyof typeof WORKFLOW_ACTIONS;
