import type { DeliveryMethod } from '../../../../src/shared/case-terms';
import { useLocale } from '../../../common/locale';
import type { PublicDelivery } from './types';

/** How a result reaches the resident, in plain words, in Chinese or English. */

type Words<K extends string> = Record<K, readonly [string, string]>;

const METHOD: Words<DeliveryMethod> = {
  window_pickup: ['到窗口领取', 'Collect at a window'],
  courier: ['免费邮寄到家', 'Posted to you, free of charge'],
  grid_worker: ['网格员送上门', 'Brought by your grid worker'],
};

const METHOD_NOTE: Words<DeliveryMethod> = {
  window_pickup: ['办好后带身份证到办事大厅领取', 'Bring your ID card to the service hall once it is done'],
  courier: ['不花邮费，寄出后短信告诉您快递单号', 'No postage; we text you the tracking number'],
  grid_worker: ['社区网格员把结果送到您家', 'The community grid worker brings it to your home'],
};

const STAGE: Record<PublicDelivery['stage'], Words<DeliveryMethod>> = {
  not_ready: {
    window_pickup: ['办好后请到窗口领取', 'Collect it at a window once it is done'],
    courier: ['办好后免费寄给您', 'It will be posted to you once done'],
    grid_worker: ['办好后网格员送上门', 'The grid worker brings it once done'],
  },
  ready: {
    window_pickup: ['结果已经办好，请带身份证来领取', 'It is ready: bring your ID card to collect it'],
    courier: ['结果已经办好，马上寄出', 'It is ready and will be posted soon'],
    grid_worker: ['结果已经办好，正在安排网格员送去', 'It is ready; a grid worker will bring it'],
  },
  on_the_way: {
    window_pickup: ['请带身份证来领取', 'Bring your ID card to collect it'],
    courier: ['已经寄出，请留意查收', 'Posted: watch out for the parcel'],
    grid_worker: ['网格员正在送来', 'The grid worker is on the way'],
  },
  delivered: {
    window_pickup: ['已经领走了', 'Collected'],
    courier: ['已经签收了', 'Signed for'],
    grid_worker: ['已经送到了', 'Delivered'],
  },
};

export function useDeliveryWords() {
  const index = useLocale() === 'en-US' ? 1 : 0;
  return {
    method: (method: DeliveryMethod) => METHOD[method][index],
    methodNote: (method: DeliveryMethod) => METHOD_NOTE[method][index],
    stage: (delivery: Pick<PublicDelivery, 'method' | 'stage'>) =>
      STAGE[delivery.stage][delivery.method][index],
  };
}
