import type { CertificateType, MaterialForm, WorkflowAction } from '../../shared/catalog-terms';
import type { DemoCatalogItem, DemoWorkflowStep } from '../demo-catalog';

/**
 * Building blocks shared by the demo catalogue files: department names, halls,
 * channels, and short constructors for materials, form fields and workflow
 * steps. Addresses, hours and telephone numbers are DEMO VALUES (see
 * demo-district.ts), not official data.
 */

export type DemoMaterial = NonNullable<DemoCatalogItem['materials']>[number];
export type DemoFormField = NonNullable<DemoCatalogItem['formFields']>[number];
type DemoActor = DemoWorkflowStep['actor'];

/** Implementing bodies, spelled exactly as in demo-district.ts. */
export const DEPT = {
  police: '杭州市公安局下城区分局',
  civil: '下城区民政局',
  hr: '下城区人力资源和社会保障局',
  medical: '下城区医疗保障局',
  health: '下城区卫生健康局',
  disabled: '下城区残疾人联合会',
  market: '下城区市场监督管理局',
  service: '下城区政务服务管理办公室',
  street: '潮鸣街道便民服务中心',
  station: '潮鸣派出所',
} as const;

export const DISTRICT_HALL = '下城区行政服务中心（杭州市下城区(演示地址)政务服务大楼1-2层）';
export const STREET_HALL = '潮鸣街道便民服务中心（杭州市下城区潮鸣街道(演示地址)便民服务中心一楼）';
export const STATION_HALL = '潮鸣派出所户籍窗口（杭州市下城区潮鸣街道(演示地址)）';
export const DISTRICT_HOURS = '周一至周五 08:30-17:00，周六 09:00-12:00（法定节假日除外）';
export const STREET_HOURS = '周一至周五 08:30-12:00、13:30-17:00（法定节假日除外）';

/** Enquiry lines per department: the department telephones of demo-district.ts. */
export const ENQUIRY = {
  police: '0571-85150000（下城公安分局）',
  station: '0571-85160213（潮鸣派出所）',
  civil: '0571-85150101（区民政局）',
  hr: '0571-85150202（区人力社保局）',
  medical: '0571-85150303（区医保局）',
  health: '0571-85150404（区卫生健康局）',
  disabled: '0571-85150505（区残联）',
  market: '0571-85150606（区市场监管局）',
  service: '0571-85150707（区政务服务办）',
  street: '0571-85160113（潮鸣街道便民服务中心）',
} as const;

export const COMPLAINT = '12345政务服务便民热线；0571-85150707（区政务服务办效能投诉）';

/** Where and when: the district hall window of a department. */
export function atDistrictHall(dept: keyof typeof ENQUIRY, window: string) {
  return {
    handlingAddress: `${DISTRICT_HALL}${window}`,
    handlingHours: DISTRICT_HOURS,
    enquiryChannel: ENQUIRY[dept],
    complaintChannel: COMPLAINT,
  };
}

/** Where and when: the Chaoming street service centre (the pilot street). */
export function atStreetCentre(dept: keyof typeof ENQUIRY) {
  return {
    handlingAddress: `${STREET_HALL}综合受理窗口`,
    handlingHours: STREET_HOURS,
    enquiryChannel: `${ENQUIRY[dept]}；${ENQUIRY.street}`,
    complaintChannel: COMPLAINT,
  };
}

/** Where and when: the Chaoming police station's household-register window. */
export function atStation() {
  return {
    handlingAddress: STATION_HALL,
    handlingHours: STREET_HOURS,
    enquiryChannel: ENQUIRY.station,
    complaintChannel: `${COMPLAINT}；110（公安监督）`,
  };
}

// ---- materials -------------------------------------------------------------

export interface MaterialOptions {
  forms?: MaterialForm[];
  originals?: number;
  copies?: number;
  source?: DemoMaterial['source'];
  standard?: string;
  notes?: string;
  certificates?: CertificateType[];
  checks: string[];
}

/** One material; forms default to one original, as most guides ask. */
export function material(key: string, name: string, required: boolean, o: MaterialOptions): DemoMaterial {
  return {
    key,
    name,
    forms: o.forms ?? ['original'],
    originalCount: o.originals ?? (o.forms && !o.forms.includes('original') ? 0 : 1),
    copyCount: o.copies ?? (o.forms?.includes('copy') ? 1 : 0),
    required,
    source: o.source ?? 'applicant',
    acceptanceStandard: o.standard ?? '',
    fillingNotes: o.notes ?? '',
    certificateTypes: o.certificates ?? [],
    checks: o.checks,
  };
}

/** A material the platform fetches from a shared system (“系统自动获取，数据不全时提交”). */
export function autoFetched(checks: string[], certificates: CertificateType[] = []): MaterialOptions {
  return {
    forms: ['electronic'],
    source: 'government',
    notes: '系统自动获取，数据不全时提交',
    certificates,
    checks,
  };
}

export const CHECK = {
  idCard: ['人证核验一致（人脸比对或现场核对）', '证件在有效期内'],
  household: ['户主页和本人页齐全', '户籍地址在本区（辖区）范围内'],
  photo: ['近期免冠正面照片，规格符合要求'],
  form: ['申请表各栏填写完整，无涂改', '申请人已签名（捺印）'],
  commitment: ['承诺书内容完整并由本人签名', '告知申请人虚假承诺的后果'],
  agent: ['委托书由委托人签名', '核对代办人身份证件'],
  copy: ['复印件与原件核对一致，注明“与原件一致”'],
} as const;

/** The applicant's ID card, the commonest material of all. */
export function idCard(key = 'id_card', name = '申请人居民身份证', required = true): DemoMaterial {
  return material(key, name, required, {
    certificates: ['id_card'],
    standard: '有效期内的居民身份证原件',
    checks: [...CHECK.idCard],
  });
}

/** A power of attorney when someone applies on another's behalf. */
export function agentAuthorisation(): DemoMaterial {
  return material('agent_authorisation', '授权委托书及代办人居民身份证（委托代办时）', false, {
    standard: '委托事项、期限明确，委托人签名',
    certificates: ['id_card'],
    checks: [...CHECK.agent],
  });
}

// ---- form fields ------------------------------------------------------------

/** Fields pre-filled from the applicant's profile; each may appear once per item. */
export const FIELD = {
  name: (label = '申请人姓名'): DemoFormField => ({
    key: 'applicant_name',
    label,
    type: 'text',
    required: true,
    maxLength: 30,
    profileSource: 'name',
  }),
  idNumber: (label = '申请人身份证号码'): DemoFormField => ({
    key: 'applicant_id_number',
    label,
    type: 'id_number',
    required: true,
    profileSource: 'id_number',
  }),
  phone: (label = '联系电话'): DemoFormField => ({
    key: 'phone',
    label,
    type: 'phone',
    required: true,
    profileSource: 'phone',
  }),
  sex: (label = '性别'): DemoFormField => ({
    key: 'sex',
    label,
    type: 'select',
    required: true,
    options: ['男', '女'],
    profileSource: 'sex',
  }),
  birthDate: (label = '出生日期'): DemoFormField => ({
    key: 'birth_date',
    label,
    type: 'date',
    required: true,
    profileSource: 'birth_date',
  }),
  ethnicity: (label = '民族'): DemoFormField => ({
    key: 'ethnicity',
    label,
    type: 'text',
    required: true,
    maxLength: 10,
    profileSource: 'ethnicity',
  }),
  household: (label = '户籍地址'): DemoFormField => ({
    key: 'household_address',
    label,
    type: 'address',
    required: true,
    maxLength: 200,
    profileSource: 'household_address',
  }),
  residence: (label = '居住地址', required = true): DemoFormField => ({
    key: 'residence_address',
    label,
    type: 'address',
    required,
    maxLength: 200,
    profileSource: 'residence_address',
  }),
  enterpriseName: (label = '企业（个体户）名称'): DemoFormField => ({
    key: 'enterprise_name',
    label,
    type: 'text',
    required: true,
    maxLength: 100,
    profileSource: 'enterprise_name',
  }),
  creditCode: (label = '统一社会信用代码'): DemoFormField => ({
    key: 'credit_code',
    label,
    type: 'credit_code',
    required: true,
    profileSource: 'credit_code',
  }),
  legalRepresentative: (label = '法定代表人（经营者）'): DemoFormField => ({
    key: 'legal_representative',
    label,
    type: 'text',
    required: true,
    maxLength: 30,
    profileSource: 'legal_representative',
  }),
};

/** Fields asked on the form itself (no profile source). */
export function text(key: string, label: string, required = true, maxLength = 50, hint = ''): DemoFormField {
  return { key, label, type: 'text', required, maxLength, hint };
}
export function textarea(key: string, label: string, required = true, maxLength = 500): DemoFormField {
  return { key, label, type: 'textarea', required, maxLength };
}
export function select(key: string, label: string, options: string[], required = true): DemoFormField {
  return { key, label, type: 'select', required, options };
}
export function date(key: string, label: string, required = true): DemoFormField {
  return { key, label, type: 'date', required };
}
export function number(key: string, label: string, required = true, hint = ''): DemoFormField {
  return { key, label, type: 'number', required, hint };
}
export function idNumber(key: string, label: string, required = true): DemoFormField {
  return { key, label, type: 'id_number', required };
}
export function address(key: string, label: string, required = true): DemoFormField {
  return { key, label, type: 'address', required, maxLength: 200 };
}

// ---- workflow ---------------------------------------------------------------

export const chief = (departmentName: string): DemoActor => ({ kind: 'chief_rep', departmentName });
export const approver = (departmentName: string): DemoActor => ({
  kind: 'role',
  role: 'approver',
  departmentName,
});
export const leader = (departmentName: string): DemoActor => ({
  kind: 'role',
  role: 'dept_leader',
  departmentName,
});
export const clerk = (departmentName: string): DemoActor => ({
  kind: 'role',
  role: 'window_clerk',
  departmentName,
});

/** Actions of a review step that passes the case on, and of a deciding step. */
export const REVIEW: WorkflowAction[] = ['approve', 'return', 'verify'];
export const DECIDE: WorkflowAction[] = ['approve', 'refuse', 'return', 'extend'];

export function step(
  key: string,
  name: string,
  actor: DemoActor,
  limitDays: number,
  actions: WorkflowAction[],
  parallelGroup?: string,
): DemoWorkflowStep {
  // Leaders are copied on the steps that may decide against the applicant.
  const copyLeaders = actions.includes('refuse');
  return { key, name, actor, limitDays, actions, parallelGroup: parallelGroup ?? null, copyLeaders };
}

// ---- recurring entries ------------------------------------------------------

/** The household register (户口簿); the options override its certificate type and checks. */
export function householdRegister(
  name: string,
  required = true,
  o: Partial<MaterialOptions> = {},
): DemoMaterial {
  return material('household_register', name, required, {
    certificates: ['household_register'],
    checks: [...CHECK.household],
    ...o,
  });
}

/** The business licence, fetched from the market registration system. */
export function businessLicence(
  name: string,
  checks: string[],
  required = true,
  o: Partial<MaterialOptions> = {},
): DemoMaterial {
  return material('business_licence', name, required, {
    source: 'government',
    certificates: ['business_licence'],
    checks,
    ...o,
  });
}

/** A form the applicant fills in and signs, checked for completeness. */
export function applicationForm(key: string, name: string, required = true): DemoMaterial {
  return material(key, name, required, { checks: [...CHECK.form] });
}

/** The applicant's name, ID number and telephone, pre-filled from the profile; `role` names who applies. */
export function applicantFields(role = '申请人'): DemoFormField[] {
  return [FIELD.name(`${role}姓名`), FIELD.idNumber(`${role}身份证号码`), FIELD.phone()];
}

/** How far a guide goes online, where it may be handled, and whether it is posted or booked. */
export function channels(
  onlineDepth: DemoCatalogItem['onlineDepth'],
  anyWindowScope: DemoCatalogItem['anyWindowScope'],
  courierDelivery = false,
  appointment = false,
) {
  return { onlineDepth, anyWindowScope, courierDelivery, appointment };
}

/** An identity document among several accepted ones (ID card, social security card …). */
export function identityMaterial(
  key: string,
  name: string,
  certificates: CertificateType[],
  required = true,
): DemoMaterial {
  return material(key, name, required, { certificates, checks: [...CHECK.idCard] });
}

/** A paper shown in the original and kept as a copy. */
export function copyMaterial(key: string, name: string, required = true): DemoMaterial {
  return material(key, name, required, { forms: ['original', 'copy'], checks: [...CHECK.copy] });
}

/** Handled on the spot, with no statutory limit. */
export function onTheSpot(): Pick<DemoCatalogItem, 'legalLimitDays' | 'promisedLimitDays' | 'handlingKind'> {
  return { legalLimitDays: null, promisedLimitDays: 0, handlingKind: 'on_the_spot' };
}

/** The street service centre's window accepts the case and passes it on. */
export function streetAccept(limitDays: number): DemoWorkflowStep {
  return step('accept', '街道受理', clerk(DEPT.street), limitDays, ['approve', 'return']);
}

/** The district civil affairs bureau decides. */
export function civilApproval(): DemoWorkflowStep {
  return step('district_approve', '区民政局审批', chief(DEPT.civil), 5, DECIDE);
}

/** An ID card: the police station reviews, the district bureau signs, the card is made and handed over. */
export function idCardIssue(
  stationStep: string,
  stationDays: number,
  makingDays: number,
): DemoWorkflowStep[] {
  return [
    step('station_review', stationStep, approver(DEPT.station), stationDays, REVIEW),
    step('bureau_issue', '分局签发', chief(DEPT.police), 3, DECIDE),
    step('card_made', '制证完成、发放', approver(DEPT.police), makingDays, ['approve', 'return']),
  ];
}

export const ID_CARD_FEE = '按规定收取居民身份证工本费，收费标准以价格主管部门公布为准（demo）';

/** The insured person's medical insurance credential. */
export function insuranceCredential(): DemoMaterial {
  return material('insurance_credential', '医保电子凭证或社会保障卡', true, {
    forms: ['original', 'electronic'],
    originals: 1,
    copies: 0,
    certificates: ['social_security_card'],
    checks: ['参保状态正常'],
  });
}

/** Proof of an insured person's death, shared by the civil affairs system. */
export function deathProof(): DemoMaterial {
  return material('death_proof', '死亡证明（可共享获取的免交）', true, {
    source: 'government',
    certificates: ['death_certificate'],
    checks: ['死亡证明与参保人身份一致'],
  });
}

/** Proof that the applicant inherits or is the named beneficiary. */
export function kinshipProof(check: string): DemoMaterial {
  return material('kinship_proof', '继承关系证明或关系承诺书', true, {
    certificates: ['household_register', 'marriage_certificate'],
    checks: [check],
  });
}

/** The deceased insured person's name and ID number. */
export function deceasedFields(): DemoFormField[] {
  return [
    text('deceased_name', '参保人（逝者）姓名', true, 30),
    idNumber('deceased_id_number', '参保人身份证号码'),
  ];
}

/** An insurance account paid out: reviewed, then the payment decided. */
export function payoutSteps(
  departmentName: string,
  reviewDays: number,
  decideDays: number,
): DemoWorkflowStep[] {
  return [
    step('review', '账户审核', approver(departmentName), reviewDays, REVIEW),
    step('decide', '核定支付', chief(departmentName), decideDays, DECIDE),
  ];
}
