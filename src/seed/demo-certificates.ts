/**
 * Demo certificates: what the demo resident 张秀英 and a small demo business
 * already hold, as a library loaded from the source systems would show them.
 * Names, numbers and addresses are DEMO VALUES.
 */
import type { CertificateType } from '../shared/catalog-terms';
import { citizenIdCheckChar } from '../shared/citizen-id';
import { DEMO_RESIDENT } from './demo-district';

export const DEMO_RESIDENT_ID_NUMBER =
  DEMO_RESIDENT.idNumberFirst17 + citizenIdCheckChar(DEMO_RESIDENT.idNumberFirst17);

/** An individual business (92 = registered by market regulation, individual business) run by her son. */
export const DEMO_ENTERPRISE = {
  name: '杭州市下城区潮鸣张记面馆',
  creditCode: '92330103MA2H7KQ30P',
  operator: '张建华',
};

export interface DemoCertificate {
  type: CertificateType;
  holderName: string;
  holderNumber: string;
  issuerName: string;
  certificateNumber: string;
  issuedOn: string;
  data: Record<string, string>;
}

const ADDRESS = '浙江省杭州市下城区潮鸣街道小天竺社区(演示地址)5幢2单元301室';
const person = { holderName: DEMO_RESIDENT.name, holderNumber: DEMO_RESIDENT_ID_NUMBER };
const born = { sex: '女', birthDate: '1958-03-15' };

export const DEMO_CERTIFICATES: DemoCertificate[] = [
  {
    type: 'id_card',
    ...person,
    issuerName: '杭州市公安局下城区分局',
    certificateNumber: DEMO_RESIDENT_ID_NUMBER,
    // Issued at 54: long-term (居民身份证法 art. 5).
    issuedOn: '2012-05-08',
    data: { ...born, ethnicity: '汉', address: ADDRESS },
  },
  {
    type: 'household_register',
    ...person,
    issuerName: '潮鸣派出所',
    certificateNumber: '330103004-018672',
    issuedOn: '2004-09-01',
    data: {
      ...born,
      householdNumber: '018672',
      householdType: '家庭户',
      relationToHead: '户主',
      address: ADDRESS,
    },
  },
  {
    type: 'elderly_card',
    ...person,
    issuerName: '下城区民政局',
    certificateNumber: '浙老优330103-2018-004731',
    issuedOn: '2018-03-20',
    data: { ...born, address: ADDRESS },
  },
  {
    type: 'business_licence',
    holderName: DEMO_ENTERPRISE.name,
    holderNumber: DEMO_ENTERPRISE.creditCode,
    issuerName: '下城区市场监督管理局',
    certificateNumber: DEMO_ENTERPRISE.creditCode,
    issuedOn: '2019-06-18',
    data: {
      entityType: '个体工商户',
      legalRepresentative: DEMO_ENTERPRISE.operator,
      establishedOn: '2019-06-18',
      domicile: '浙江省杭州市下城区潮鸣街道艮山门路(演示地址)18号',
      businessScope: '餐饮服务（不含凉菜、生食）。',
    },
  },
];
