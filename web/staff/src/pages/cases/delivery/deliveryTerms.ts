import { CARRIERS, DELIVERY_METHODS } from '../../../../../../src/shared/case-terms';
import { useLocale } from '../../../../../common/locale';
import type { CaseDetail } from '../types';

/** Delivery words for staff, in Chinese (from src/shared/case-terms.ts) or English. */

type Delivery = CaseDetail['delivery'];
type Method = Delivery['method'];

const METHODS_EN: Record<Method, string> = {
  window_pickup: 'Collect at a window',
  courier: 'By post (postage free)',
  grid_worker: 'Brought by the grid worker',
};

const CARRIERS_EN: Record<keyof typeof CARRIERS, string> = {
  ems: 'China Post EMS',
  sf: 'SF Express',
  jd: 'JD Logistics',
  other: 'Other courier',
};

/** Where the delivery stands, by method: [zh, en]. */
const STAGES: Record<Delivery['stage'], Record<Method, readonly [string, string]>> = {
  not_ready: {
    window_pickup: ['结果出具后待申请人领取', 'To be collected once decided'],
    courier: ['结果出具后免费邮寄', 'To be posted once decided'],
    grid_worker: ['结果出具后由网格员送达', 'To be brought once decided'],
  },
  ready: {
    window_pickup: ['结果已出，待申请人领取', 'Ready, waiting to be collected'],
    courier: ['结果已出，待寄出', 'Ready, to be posted'],
    grid_worker: ['结果已出，待指派网格员', 'Ready, to be given to a grid worker'],
  },
  on_the_way: {
    window_pickup: ['待申请人领取', 'Waiting to be collected'],
    courier: ['已寄出，待签收', 'Posted, awaiting signature'],
    grid_worker: ['网格员送达中', 'With the grid worker'],
  },
  delivered: {
    window_pickup: ['已领取', 'Collected'],
    courier: ['已签收', 'Signed for'],
    grid_worker: ['已送达', 'Delivered'],
  },
};

export const STAGE_COLORS: Record<Delivery['stage'], string> = {
  not_ready: 'default',
  ready: 'gold',
  on_the_way: 'blue',
  delivered: 'green',
};

export function useDeliveryTerms() {
  const english = useLocale() === 'en-US';
  return {
    method: (method: Method) => (english ? METHODS_EN[method] : DELIVERY_METHODS[method]),
    carrier: (carrier: keyof typeof CARRIERS) => (english ? CARRIERS_EN[carrier] : CARRIERS[carrier]),
    stage: (delivery: Pick<Delivery, 'stage' | 'method'>) =>
      STAGES[delivery.stage][delivery.method][english ? 1 : 0],
  };
}
