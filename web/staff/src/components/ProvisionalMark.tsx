import { Tag, Tooltip, Typography } from 'antd';
import { PROVISIONAL_DEADLINE_NOTE } from '../../../../src/shared/clock-terms';
import { useT } from '../../../common/locale';

const messages = {
  mark: ['暂估', 'Estimated'],
  note: PROVISIONAL_DEADLINE_NOTE,
} as const;

/**
 * Beside a deadline counted into a year whose holiday schedule is not loaded
 * yet (decision 0028): a tag and the sentence saying it will be corrected
 * (in a table's cell, the sentence on hover).
 */
export function ProvisionalMark({
  provisional,
  compact = false,
}: {
  provisional: boolean;
  compact?: boolean;
}) {
  const t = useT(messages);
  if (!provisional) return null;
  if (compact) {
    return (
      <Tooltip title={t('note')}>
        <Tag color="gold">{t('mark')}</Tag>
      </Tooltip>
    );
  }
  return (
    <span className="provisional-mark">
      <Tag color="gold">{t('mark')}</Tag>
      <Typography.Text type="secondary">{t('note')}</Typography.Text>
    </span>
  );
}
