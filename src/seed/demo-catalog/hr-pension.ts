import type { DemoCatalogItem } from '../demo-catalog';
import {
  approver,
  atStreetCentre,
  channels,
  chief,
  DECIDE,
  DEPT,
  FIELD,
  householdRegister,
  identityMaterial,
  REVIEW,
  step,
  text,
} from './common';

/** Pensions (人社). Basic codes: domain 03. */
export const HR_PENSION_ITEMS: DemoCatalogItem[] = [
  // demo values: a whole item composed for the demo (not in catalog-facts.json); legalBasis left empty.
  {
    name: '城乡居民基本养老保险待遇申领',
    aliases: ['领养老金', '城乡居民养老金', '60岁领养老金', '农保领取'],
    keywords: ['养老金', '城乡居民', '待遇', '60周岁', '退休'],
    basicCode: '030500301000',
    itemType: '05',
    legalBasis: '',
    level: 4,
    departmentName: DEPT.hr,
    jointDepartmentNames: [DEPT.street],
    legalLimitDays: null,
    promisedLimitDays: 10,
    handlingKind: 'promised',
    serviceObjects: ['natural_person'],
    acceptanceConditions:
      '参加城乡居民基本养老保险、年满60周岁且累计缴费达到规定年限、未领取其他基本养老保障待遇的人员。',
    feeCharged: false,
    visits: 0,
    ...atStreetCentre('hr'),
    ...channels(4, 'county'),
    resultType: 'payment',
    resultName: '城乡居民基本养老保险待遇（按月发放）',
    serviceCategory: 'payment_subsidy',
    reverseAnalysis: 'achievable_now',
    themes: ['elderly', 'social_security'],
    guideSteps: [
      '申请：年满60周岁前后通过浙里办或街道便民服务中心申请（系统可主动提醒）',
      '初审：街道核对参保缴费记录和身份信息',
      '核定：区社保机构核定待遇，次月起按月发放至社会保障卡',
    ],
    materials: [
      identityMaterial('identity', '居民身份证或社会保障卡', ['id_card', 'social_security_card']),
      householdRegister('户口簿（可共享获取的免交）', false, {
        source: 'government',
      }),
    ],
    formFields: [
      FIELD.name(),
      FIELD.idNumber(),
      FIELD.birthDate(),
      FIELD.phone(),
      FIELD.household(),
      text('bank_account', '社会保障卡金融账号', true, 30),
    ],
    workflow: [
      step('street_review', '街道初审', approver(DEPT.street), 3, REVIEW),
      step('decide', '待遇核定', chief(DEPT.hr), 5, DECIDE),
    ],
  },
];
