import type { ItemContentInput, WorkflowStep } from '../modules/catalog/item-content';
import { CIVIL_ASSISTANCE_ITEMS } from './demo-catalog/civil-assistance';
import { CIVIL_ELDERLY_ITEMS } from './demo-catalog/civil-elderly';
import { CIVIL_REGISTRY_ITEMS } from './demo-catalog/civil-registry';
import { DEPT } from './demo-catalog/common';
import { DISABLED_ITEMS } from './demo-catalog/disabled-federation';
import { HEALTH_ITEMS } from './demo-catalog/health';
import { HR_EMPLOYMENT_ITEMS } from './demo-catalog/hr-employment';
import { HR_INSURANCE_ITEMS } from './demo-catalog/hr-insurance';
import { HR_PENSION_ITEMS } from './demo-catalog/hr-pension';
import { MARKET_FOOD_ITEMS } from './demo-catalog/market-food';
import { MARKET_REGISTRATION_ITEMS } from './demo-catalog/market-registration';
import { MEDICAL_BENEFIT_ITEMS } from './demo-catalog/medical-benefits';
import { MEDICAL_ENROLMENT_ITEMS } from './demo-catalog/medical-enrolment';
import { POLICE_DISTRICT_ITEMS } from './demo-catalog/police-district';
import { POLICE_MIGRATION_ITEMS } from './demo-catalog/police-migration';
import { POLICE_STATION_ITEMS } from './demo-catalog/police-station';
import { SERVICE_OFFICE_ITEMS } from './demo-catalog/service-office';
import { STREET_CENTRE_ITEMS } from './demo-catalog/street-centre';

/**
 * The demo service catalogue of Xiacheng district: items of the district
 * departments, the Chaoming street service centre and the Chaoming police
 * station, and the "one thing" bundles built from them.
 *
 * Legal facts (legal basis, legal and promised limits, materials, fees, results,
 * steps) are copied from /work/shared/data/catalog-facts.json where the item is
 * there; an unknown legal basis is left empty, never guessed. Addresses, hours,
 * telephone numbers, basic codes, aliases, checks and form fields are DEMO VALUES.
 * Items composed entirely for the demo say so in a comment.
 *
 * Basic codes: digits 1-2 domain (01 公安, 02 民政, 03 人社, 04 医保, 05 卫健,
 * 06 残联, 07 市场监管, 08 政务服务办, 09 潮鸣街道便民服务中心), digits 3-4 the
 * item type, 5-9 a serial, 10-12 '000'.
 *
 * Department names are resolved to ids by the seed loader, so they must match
 * demo-district.ts exactly.
 */

export type DemoWorkflowStep = Omit<WorkflowStep, 'actor' | 'parallelGroup'> & {
  parallelGroup?: string | null;
  actor:
    | { kind: 'role'; role: 'approver' | 'dept_leader' | 'window_clerk'; departmentName: string }
    | { kind: 'chief_rep'; departmentName: string };
};

export type DemoCatalogItem = Omit<ItemContentInput, 'departmentId' | 'jointDepartmentIds' | 'workflow'> & {
  departmentName: string;
  jointDepartmentNames?: string[];
  workflow: DemoWorkflowStep[];
};

export const DEMO_CATALOG: DemoCatalogItem[] = [
  ...POLICE_STATION_ITEMS,
  ...POLICE_DISTRICT_ITEMS,
  ...POLICE_MIGRATION_ITEMS,
  ...CIVIL_ELDERLY_ITEMS,
  ...CIVIL_ASSISTANCE_ITEMS,
  ...CIVIL_REGISTRY_ITEMS,
  ...HR_EMPLOYMENT_ITEMS,
  ...HR_INSURANCE_ITEMS,
  ...HR_PENSION_ITEMS,
  ...MEDICAL_ENROLMENT_ITEMS,
  ...MEDICAL_BENEFIT_ITEMS,
  ...HEALTH_ITEMS,
  ...DISABLED_ITEMS,
  ...MARKET_REGISTRATION_ITEMS,
  ...MARKET_FOOD_ITEMS,
  ...SERVICE_OFFICE_ITEMS,
  ...STREET_CENTRE_ITEMS,
];

export interface DemoBundle {
  name: string;
  leadDepartmentName: string;
  itemNames: string[];
  description: string;
}

/** "One thing" bundles, after /work/shared/data/bundles-facts.json and the source reports. */
export const DEMO_BUNDLES: DemoBundle[] = [
  {
    name: '出生一件事',
    leadDepartmentName: DEPT.health,
    itemNames: [
      '出生医学证明首次签发',
      '预防接种证办理',
      '出生登记（新生儿国内出生户口登记）',
      '新生儿城乡居民基本医疗保险参保登记',
      '社会保障卡申领',
    ],
    description:
      '新生儿出生后，一张《出生“一件事”办理登记表》（出生基本信息、户口申报信息、医保参保信息、申请人员信息）一次提交，在助产机构或任一便民服务中心一站受理、一次办结：出生医学证明、预防接种证、新生儿落户、医保参保和社会保障卡。参照浙江绍兴上虞区做法。',
  },
  {
    name: '身后一件事',
    leadDepartmentName: DEPT.civil,
    itemNames: [
      '居民死亡医学证明（推断）书签发（正常死亡）',
      '死亡人员户口注销',
      '殡葬基本服务费用免费（减免）',
      '丧葬补助金、抚恤金申领（企业养老保险参保人死亡遗属待遇）',
      '养老保险个人账户一次性待遇申领（参保人死亡）',
      '参保人员个人账户一次性支取（基本医疗保险）',
    ],
    description:
      '逝者亲属一次申请、一套材料（逝者身份证、经办人身份证、户口簿、死亡证明、火化证明、受益人银行卡号），卫生健康、公安、民政、人力社保、医保部门联办：死亡证明、户口注销、殡葬费用减免、丧葬补助金和抚恤金、养老保险和医保个人账户余额支取。参照安徽青阳县、山东济宁做法。',
  },
  {
    name: '开办餐饮店一件事',
    leadDepartmentName: DEPT.market,
    itemNames: [
      '个体工商户设立登记',
      '食品经营许可（新办）',
      '个体劳动者（灵活就业人员）参保登记（城镇职工基本养老保险）',
      '用工招聘信息登记发布',
      '就业登记（含个体经营、灵活就业人员就业登记）',
    ],
    description:
      '开一家餐饮店：营业执照、食品经营许可一表申请、并联审批，同时办理经营者参保、招聘登记和员工就业登记。原方案中的户外招牌设置、消防安全检查和烟草专卖零售许可不属于本演示区的部门，未列入。',
  },
  {
    name: '新生儿出生“高效办成一件事”',
    leadDepartmentName: DEPT.health,
    itemNames: [
      '出生医学证明首次签发',
      '预防接种证办理',
      '出生登记（新生儿国内出生户口登记）',
      '社会保障卡申领',
      '新生儿城乡居民基本医疗保险参保登记',
      '生育医疗费用报销',
    ],
    description:
      '一套材料、一次提交、一次受理、一次办结：在出生一件事的基础上加办生育医疗费用报销。参照甘肃兰州2024年工作方案（科学育儿指导服务登记未列入）。',
  },
  {
    name: '生育登记及新生儿出生一件事',
    leadDepartmentName: DEPT.health,
    itemNames: [
      '生育登记',
      '出生医学证明首次签发',
      '预防接种证办理',
      '出生登记（新生儿国内出生户口登记）',
      '新生儿城乡居民基本医疗保险参保登记',
      '社会保障卡申领',
      '生育医疗费用报销',
    ],
    description:
      '从生育登记到新生儿落户、参保、办卡和生育医疗费用报销全程联办；材料为父母双方身份证、户口簿、结婚证（支持电子证照），出生医学证明和户口簿电子证照在签发、登记后自动生成供后续事项复用。参照广东中山做法。',
  },
  {
    name: '社会救助一件事',
    leadDepartmentName: DEPT.civil,
    itemNames: [
      '最低生活保障家庭认定及保障金给付（低保申请）',
      '最低生活保障边缘家庭认定和专项社会救助',
      '临时救助对象认定及救助金给付',
      '特困人员认定（救助供养）',
      '医疗救助对象手工（零星）报销（城乡居民医疗救助待遇核准支付）',
    ],
    description:
      '困难群众通过浙里办“浙里救”或街道社会救助窗口一次申请，系统核对家庭经济状况后按情形认定低保、低边、特困或临时救助，并衔接医疗救助。参照浙江湖州安吉县社会救助“一件事”。',
  },
  // demo values: a bundle composed for the demo (not in bundles-facts.json).
  {
    name: '残疾人服务一件事',
    leadDepartmentName: DEPT.disabled,
    itemNames: [
      '残疾人证新办（核发）',
      '困难残疾人生活补贴和重度残疾人护理补贴申请',
      '残疾人辅助器具适配补贴申请',
    ],
    description: '办理残疾人证时一并申请两项补贴和辅助器具适配补贴，评定结果和证照信息在各事项间复用。',
  },
];
