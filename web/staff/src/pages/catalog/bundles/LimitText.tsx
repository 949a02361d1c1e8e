import { useT } from '../../../../../common/locale';

const messages = {
  days: ['{n} 个工作日', '{n} working days'],
  onTheSpot: ['当场办结', 'On the spot'],
} as const;

/** A promised limit in words: 0 means every item is done at the window. */
export function LimitText({ days }: { days: number }) {
  const t = useT(messages);
  return <>{days === 0 ? t('onTheSpot') : t('days').replace('{n}', String(days))}</>;
}
