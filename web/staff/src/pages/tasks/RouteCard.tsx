import { Tag, Timeline } from 'antd';
import { useT } from '../../../../common/locale';
import { formatDateTime } from '../../components/format';
import { AttachmentLinks, caseAttachmentUrl } from './attachments/AttachmentLinks';
import type { RouteEntry } from './types';

const messages = {
  open: ['办理中', 'In progress'],
  approved: ['通过', 'Approved'],
  returned: ['退回', 'Returned'],
  disapproved: ['不予许可', 'Not granted'],
  transferred: ['转办', 'Transferred'],
  withdrawn: ['已撤回', 'Withdrawn'],
  pool: ['待签收', 'Unclaimed'],
  due: ['时限至', 'due'],
  by: ['办理人', 'by'],
} as const;

const COLORS: Record<string, string> = {
  approved: 'green',
  returned: 'orange',
  disapproved: 'red',
  transferred: 'blue',
  withdrawn: 'default',
};

/** The case's route through the back office: each step's department, officer, outcome, opinion and attachments. */
export function RouteCard({ caseId, route }: { caseId: string; route: RouteEntry[] }) {
  const t = useT(messages);
  return (
    <Timeline
      className="task-route"
      items={route.map((entry) => ({
        key: entry.taskId,
        color: entry.state === 'open' ? 'blue' : (COLORS[entry.outcome ?? ''] ?? 'gray'),
        content: (
          <div>
            <strong>{entry.stepName}</strong> <span className="table-note">{entry.departmentName}</span>{' '}
            {entry.state === 'open' ? (
              <Tag color="blue">{t('open')}</Tag>
            ) : (
              <Tag color={COLORS[entry.outcome ?? '']}>
                {t((entry.outcome ?? 'withdrawn') as keyof typeof messages)}
              </Tag>
            )}
            <div className="table-note">
              {[
                entry.closedByName ?? entry.assigneeName ?? t('pool'),
                formatDateTime(entry.openedAt),
                entry.closedAt
                  ? `→ ${formatDateTime(entry.closedAt)}`
                  : `${t('due')} ${formatDateTime(entry.dueAt)}`,
              ].join(' · ')}
            </div>
            {entry.opinion && <div className="task-opinion">{entry.opinion}</div>}
            <AttachmentLinks urlOf={caseAttachmentUrl(caseId)} attachments={entry.attachments} />
          </div>
        ),
      }))}
    />
  );
}
