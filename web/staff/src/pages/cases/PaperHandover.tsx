import { Button, Descriptions, Flex, Input } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../common/locale';
import { formatDateTime } from '../../components/format';
import { caseActs } from './caseApi';
import type { CaseActProps } from './useCaseAct';

const messages = {
  tracking: ['快递单号', 'Tracking number'],
  sentAt: ['寄出时间', 'Sent'],
  receivedAt: ['签收时间', 'Received'],
  send: ['登记寄出', 'Record sending'],
  receive: ['属地部门签收', 'Record receipt'],
  note: [
    '通办件的纸质材料须在1个工作日内寄送属地部门。',
    'An any-window case’s paper must reach the competent office within 1 working day.',
  ],
} as const;

/** The paper originals of an any-window case on their way to the competent office. */
export function PaperHandover({ detail, windowId, act }: CaseActProps) {
  const t = useT(messages);
  const [tracking, setTracking] = useState('');
  const { paper } = detail;
  const body = { version: detail.version, windowId };
  return (
    <Flex vertical gap={8}>
      <span className="table-note">{t('note')}</span>
      <Descriptions size="small" bordered column={3}>
        <Descriptions.Item label={t('tracking')}>{paper.trackingNumber ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('sentAt')}>{formatDateTime(paper.sentAt)}</Descriptions.Item>
        <Descriptions.Item label={t('receivedAt')}>{formatDateTime(paper.receivedAt)}</Descriptions.Item>
      </Descriptions>
      <Flex gap={8}>
        {!paper.sentAt && (
          <>
            <Input
              value={tracking}
              onChange={(event) => setTracking(event.target.value)}
              placeholder={t('tracking')}
              maxLength={40}
              className="paper-tracking"
            />
            <Button
              loading={act.busy === 'paper-sent'}
              onClick={() =>
                act.run('paper-sent', () =>
                  caseActs.paperSent(detail.id, { ...body, trackingNumber: tracking.trim() }),
                )
              }
            >
              {t('send')}
            </Button>
          </>
        )}
        {paper.sentAt && !paper.receivedAt && (
          <Button
            loading={act.busy === 'paper-received'}
            onClick={() => act.run('paper-received', () => caseActs.paperReceived(detail.id, body))}
          >
            {t('receive')}
          </Button>
        )}
      </Flex>
    </Flex>
  );
}
