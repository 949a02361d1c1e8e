import { Alert, Button, Card, Form, Input } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { get, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { FormDialog } from '../../components/FormDialog';
import { formatDateTime } from '../../components/format';

const messages = {
  title: ['等待申请人补正', 'Waiting for the applicant’s correction'],
  asked: [
    '{office}于 {date} 退回补正，补正前停止计时：',
    '{office} asked on {date}; the clock stands still until then:',
  ],
  record: ['登记申请人补正', 'Record the correction'],
  dialogTitle: ['窗口登记补正', 'Record a correction handed in at the window'],
  note: [
    '申请人到窗口补正时在此登记，办件随即恢复计时、期限顺延。补正材料请先在“材料库”为申请人扫描上传。',
    'Record what the applicant handed in; the clock restarts and the deadlines move. Scan papers under Materials first.',
  ],
  answer: ['补正情况', 'What was handed in'],
  answerRequired: ['请填写补正情况', 'Say what was handed in'],
  windowRequired: ['请先在页面上方选择当前窗口', 'Choose your window at the top of the page first'],
  submit: ['登记并恢复计时', 'Record and restart'],
  done: ['已登记补正，办件已恢复计时', 'Recorded; the clock runs again'],
} as const;

interface Correction {
  id: string;
  corrections: string[];
  officeName: string;
  askedAt: string;
  answeredAt: string | null;
}

/**
 * On a case page at a window: what the back office is waiting for the
 * applicant to correct, and the clerk's record of it when handed in here.
 * Shows nothing when no correction is waiting or the clerk may not record one.
 */
export function CorrectionAtWindow({
  caseId,
  windowId,
  onDone,
}: {
  caseId: string;
  windowId: string | undefined;
  onDone: () => void;
}) {
  const t = useT(messages);
  const [waiting, setWaiting] = useState<Correction | null>(null);
  const [open, setOpen] = useState(false);
  const load = useCallback(() => {
    get<{ items: Correction[] }>(`/api/cases/${encodeURIComponent(caseId)}/corrections`)
      .then((reply) => setWaiting(reply.items.find((item) => item.answeredAt === null) ?? null))
      // Outside the clerk's intake scope there is nothing for them to record here.
      .catch(() => setWaiting(null));
  }, [caseId]);
  useEffect(load, [load]);
  if (!waiting) return null;

  return (
    <Card
      size="small"
      title={t('title')}
      extra={
        <Button type="primary" onClick={() => setOpen(true)}>
          {t('record')}
        </Button>
      }
    >
      <p>
        {t('asked')
          .replace('{office}', waiting.officeName)
          .replace('{date}', formatDateTime(waiting.askedAt))}
      </p>
      <ol>
        {waiting.corrections.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ol>
      <FormDialog<{ answer: string }>
        name="correction-at-window"
        open={open}
        variant="modal"
        title={t('dialogTitle')}
        submitText={t('submit')}
        successText={t('done')}
        onSubmit={async (values) => {
          if (!windowId) throw new Error(t('windowRequired'));
          return await post(`/api/cases/${encodeURIComponent(caseId)}/corrections/${waiting.id}/answer`, {
            windowId,
            answer: values.answer,
          });
        }}
        onSaved={() => {
          load();
          onDone();
        }}
        onClose={() => setOpen(false)}
      >
        <Alert type="info" showIcon title={t('note')} className="dialog-note" />
        {!windowId && <Alert type="warning" showIcon title={t('windowRequired')} className="dialog-note" />}
        <Form.Item
          name="answer"
          label={t('answer')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('answerRequired') }]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} maxLength={2000} showCount />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}
