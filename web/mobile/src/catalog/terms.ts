import {
  HANDLING_KINDS,
  LIFE_THEMES,
  type LifeTheme,
  ONLINE_DEPTHS,
  type OnlineDepth,
} from '../../../../src/shared/catalog-terms';
import { useLocale, useT } from '../../../common/locale';
import { fill } from './format';
import type { SearchHit } from './types';

/** English names of the life-event themes; the Chinese ones come from catalog-terms. */
const THEMES_EN: Record<LifeTheme, string> = {
  birth: 'Birth',
  schooling: 'School',
  employment: 'Jobs',
  marriage: 'Marriage & family',
  housing: 'Housing',
  social_security: 'Social & medical insurance',
  elderly: 'Retirement',
  disability: 'Disability services',
  assistance: 'Social assistance',
  death: 'After a death',
  business: 'Start a business',
  operation: 'Business permits',
};

/** Online-depth levels in English, by the same numbers as ONLINE_DEPTHS. */
const DEPTHS_EN: Record<OnlineDepth, [string, string]> = {
  1: ['Level 1', 'Ask and download forms online'],
  2: ['Level 2', 'Pre-check online'],
  3: ['Level 3', 'Apply online, collect in person'],
  4: ['Level 4', 'Fully online'],
};

export const isLifeTheme = (value: string | null): value is LifeTheme =>
  value !== null && Object.hasOwn(LIFE_THEMES, value);

export function useThemeLabel() {
  const english = useLocale() === 'en-US';
  return (theme: LifeTheme) => (english ? THEMES_EN[theme] : LIFE_THEMES[theme]);
}

/** Online depth as [level, what it means], e.g. ['三级', '网上受理，到现场核验领取']; null when not online. */
export function useOnlineDepth() {
  const english = useLocale() === 'en-US';
  return (depth: number): [string, string] | null => {
    if (!Object.hasOwn(ONLINE_DEPTHS, depth)) return null;
    if (english) return DEPTHS_EN[depth as OnlineDepth];
    const [level = '', meaning = ''] = ONLINE_DEPTHS[depth as OnlineDepth].split('：');
    return [level, meaning];
  };
}

/** Items from depth 3 (apply online) count as 网上可办, as the online=1 filter does. */
export const ONLINE_FROM_DEPTH = 3;

/** Items with at least online pre-review (网上办理深度二级及以上) take applications in the app, as the API does. */
export const onlineApplication = (onlineDepth: number) => onlineDepth >= 2;

const messages = {
  onTheSpot: [HANDLING_KINDS.on_the_spot, 'Done on the spot'],
  promised: [`${HANDLING_KINDS.promised} {n}个工作日`, 'Within {n} working days'],
  noTrip: ['跑0次', 'No trip'],
  oneTrip: ['跑1次', 'One trip'],
  online: ['可网办', 'Online'],
} as const;

/** The short tags of a search hit: time limit, trips to the hall, online. */
export function useItemTags() {
  const t = useT(messages);
  return (item: Pick<SearchHit, 'handlingKind' | 'promisedLimitDays' | 'visits' | 'onlineDepth'>) => ({
    limit:
      item.handlingKind === 'on_the_spot'
        ? t('onTheSpot')
        : fill(t('promised'), { n: item.promisedLimitDays }),
    visits: item.visits === 0 ? t('noTrip') : t('oneTrip'),
    online: item.onlineDepth >= ONLINE_FROM_DEPTH ? t('online') : null,
  });
}
