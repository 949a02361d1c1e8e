import type { ItemContent } from '../../../../../src/modules/catalog/item-content';

type Label = readonly [string, string];

/** Names of every item-content field, shared by the editor, the item page and the version comparison. */
export const CONTENT_FIELDS = {
  name: ['事项名称', 'Item name'],
  aliases: ['别名', 'Aliases'],
  keywords: ['检索关键词', 'Search keywords'],
  basicCode: ['基本编码', 'Basic code'],
  itemType: ['事项类型', 'Item type'],
  legalBasis: ['设定依据', 'Legal basis'],
  level: ['行使层级', 'Exercise level'],
  departmentId: ['实施主体', 'Implementing body'],
  legalLimitDays: ['法定时限', 'Legal limit'],
  legalLimitNote: ['法定时限说明', 'Legal limit note'],
  promisedLimitDays: ['承诺时限', 'Promised limit'],
  promisedLimitNote: ['承诺时限说明', 'Promised limit note'],
  handlingKind: ['办件类型', 'Handling kind'],
  serviceObjects: ['服务对象', 'Service objects'],
  acceptanceConditions: ['受理条件', 'Acceptance conditions'],
  feeCharged: ['是否收费', 'Fee charged'],
  feeBasis: ['收费依据', 'Fee basis'],
  visits: ['到现场次数', 'Visits in person'],
  handlingAddress: ['办理地点', 'Where to apply'],
  handlingHours: ['办理时间', 'Opening hours'],
  enquiryChannel: ['咨询方式', 'Enquiries'],
  complaintChannel: ['监督投诉方式', 'Complaints'],
  onlineDepth: ['网上办理深度', 'Online depth'],
  anyWindowScope: ['通办范围', 'Any-window scope'],
  courierDelivery: ['支持快递送达', 'Courier delivery'],
  appointment: ['支持预约办理', 'Appointments'],
  resultType: ['办理结果类型', 'Result type'],
  resultName: ['办理结果名称', 'Result name'],
  jointDepartmentIds: ['联办部门', 'Joint departments'],
  intermediaryServices: ['中介服务', 'Intermediary services'],
  serviceCategory: ['服务分类', 'Service category'],
  reverseAnalysis: ['“最多跑一次”逆向分析', 'One-trip analysis'],
  themes: ['主题分类', 'Life themes'],
  guideSteps: ['办理步骤（办事指南）', 'Steps (service guide)'],
  materials: ['申请材料', 'Materials'],
  formFields: ['申请表', 'Application form'],
  workflow: ['办理流程', 'Workflow'],
} as const satisfies Record<keyof ItemContent, Label>;

export const MATERIAL_FIELDS = {
  key: ['标识', 'Key'],
  name: ['材料名称', 'Material name'],
  forms: ['材料形式', 'Forms'],
  originalCount: ['原件份数', 'Originals'],
  copyCount: ['复印件份数', 'Copies'],
  required: ['必需', 'Required'],
  source: ['来源渠道', 'Source'],
  acceptanceStandard: ['受理标准', 'Acceptance standard'],
  fillingNotes: ['填报须知', 'Filling notes'],
  blankFormFile: ['空白表格', 'Blank form'],
  sampleFile: ['示例样表', 'Sample'],
  certificateTypes: ['可用电子证照', 'Accepted e-certificates'],
  checks: ['窗口核验要点', 'Clerk checks'],
} as const satisfies Record<keyof ItemContent['materials'][number], Label>;

export const FORM_FIELD_FIELDS = {
  key: ['标识', 'Key'],
  label: ['字段名称', 'Field label'],
  type: ['字段类型', 'Type'],
  required: ['必填', 'Required'],
  options: ['选项', 'Options'],
  maxLength: ['最大长度', 'Max length'],
  profileSource: ['从申请人信息预填', 'Pre-filled from profile'],
  hint: ['填写提示', 'Hint'],
} as const satisfies Record<keyof ItemContent['formFields'][number], Label>;

export const STEP_FIELDS = {
  key: ['标识', 'Key'],
  name: ['环节名称', 'Step name'],
  actor: ['办理人', 'Handled by'],
  limitDays: ['环节时限', 'Step limit'],
  actions: ['允许的操作', 'Allowed actions'],
  parallelGroup: ['并联组', 'Parallel group'],
  copyLeaders: ['抄送部门领导', 'Copy the leaders'],
} as const satisfies Record<keyof ItemContent['workflow'][number], Label>;

const LISTS = { materials: MATERIAL_FIELDS, formFields: FORM_FIELD_FIELDS, workflow: STEP_FIELDS } as const;

const ORDINAL: Record<keyof typeof LISTS, Label> = {
  materials: ['第{n}项材料', 'material {n}'],
  formFields: ['第{n}个字段', 'field {n}'],
  workflow: ['第{n}个环节', 'step {n}'],
};

/** "workflow.2.actor" -> "办理流程 · 第3个环节 · 办理人"; unknown parts are kept as they are. */
export function fieldPathLabel(path: string, english: boolean): string {
  const pick = (label: Label) => label[english ? 1 : 0];
  const [head = '', index, sub, ...rest] = path.split('.');
  const top = (CONTENT_FIELDS as Record<string, Label>)[head];
  const parts = [top ? pick(top) : head];
  const list = LISTS[head as keyof typeof LISTS];
  if (index !== undefined) {
    parts.push(
      list ? pick(ORDINAL[head as keyof typeof LISTS]).replace('{n}', String(Number(index) + 1)) : index,
    );
  }
  if (sub !== undefined) {
    const subLabel = list ? (list as Record<string, Label>)[sub] : undefined;
    parts.push(subLabel ? pick(subLabel) : sub);
  }
  return [...parts, ...rest].join(' · ');
}
