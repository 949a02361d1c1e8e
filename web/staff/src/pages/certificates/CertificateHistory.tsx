import { Timeline, Typography } from 'antd';
import { STATUS_COLORS } from '../../../../common/certificate-terms';
import { useT } from '../../../../common/locale';
import { formatDateTime } from '../../components/format';
import type { CertificateEvent } from './types';

const messages = {
  issue: ['颁发', 'Issued'],
  import: ['从源系统导入', 'Imported from a source system'],
  suspend: ['暂停使用', 'Suspended'],
  reinstate: ['恢复使用', 'Reinstated'],
  revoke: ['撤销', 'Revoked'],
  reason: ['原因：', 'Reason: '],
} as const;

/** 状态记录: every issue, import, suspension, reinstatement and revocation, oldest first. */
export function CertificateHistory({ events }: { events: CertificateEvent[] }) {
  const t = useT(messages);
  return (
    <Timeline
      items={events.map((event, index) => ({
        key: `${event.at}-${index}`,
        color: STATUS_COLORS[event.status as keyof typeof STATUS_COLORS] ?? 'gray',
        content: (
          <div>
            <Typography.Text strong>{t(event.action)}</Typography.Text>{' '}
            <span className="table-note">
              {event.actorName} · {formatDateTime(event.at)}
            </span>
            {event.reason && (
              <div className="certificate-event-reason">
                {t('reason')}
                {event.reason}
              </div>
            )}
          </div>
        ),
      }))}
    />
  );
}
