import { Tag, Typography } from 'antd';
import { PROVISIONAL_DEADLINE_NOTE } from '../../../../src/shared/clock-terms';
import { useT } from '../../../common/locale';

const messages = {
  mark: ['暂估', 'Estimated'],
  note: PROVISIONAL_DEADLINE_NOTE,
} as const;

/**
 * Beside a deadline counted into a year whose holiday schedule is not loaded
 * yet (decision 0028): a tag and the sentence saying it will be corrected.
 */
export function ProvisionalMark({ provisional }: { provisional: boolean }) {
  const t = useT(messages);
  if (!provisional) return null;
  return (
    <span className="provisional-mark">
      <Tag color="gold">{t('mark')}</Tag>
      <Typography.Text type="secondary">{t('note')}</Typography.Text>
    </span>
  );
}
