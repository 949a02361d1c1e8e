import { Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../common/locale';
import { useReportError } from '../../api/useReportError';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { FormDialog } from '../../components/FormDialog';
import { useReplaceHeld } from '../cases/useReplaceHeld';
import { AttachmentField, taskAttachmentsUrl } from './attachments/AttachmentField';
import { actOnTask, type TaskAction, type TaskOutcome } from './taskApi';
import type { TaskDetail } from './types';

const messages = {
  claim: ['签收', 'Claim'],
  approve: ['通过', 'Approve'],
  approveLast: ['准予（办结）', 'Grant (decide)'],
  return: ['退回', 'Return'],
  disapprove: ['不予许可', 'Do not grant'],
  transfer: ['转办', 'Transfer'],
  reassign: ['改派', 'Reassign'],
  opinion: ['办理意见', 'Opinion'],
  opinionRequired: ['请填写办理意见', 'Write your opinion'],
  approveDefault: ['经审核，符合条件，同意。', 'Checked: the conditions are met. Approved.'],
  resultNumber: ['{name}编号', '{name} number'],
  resultRequired: ['请填写所发证照的编号', 'Enter the number of the certificate issued'],
  toStep: ['退回到', 'Return to'],
  toStepRequired: ['请选择退回到的环节', 'Choose the step'],
  reasons: ['不予许可的理由（每行一条）', 'Reasons (one a line)'],
  reasonsRequired: ['请写明不予许可的理由', 'State the reasons'],
  legalBasis: ['法律依据', 'Legal basis'],
  rights: [
    '决定书将载明理由，以及申请人申请行政复议（六十日内）和提起行政诉讼（六个月内）的权利。',
    'The decision states the reasons and the rights to review (60 days) and litigation (6 months).',
  ],
  department: ['转办到部门', 'Transfer to'],
  departmentRequired: ['请选择部门', 'Choose a department'],
  assignee: ['改派给', 'Reassign to'],
  assigneeRequired: ['请选择人员', 'Choose a colleague'],
  absent: ['（不在岗）', ' (away)'],
  done: ['已办理', 'Done'],
  ok: ['确定', 'OK'],
} as const;

type Dialog = Exclude<TaskAction, 'claim'> | null;

/** The buttons of what the officer may do on the task now, each with its short form. */
export function TaskActions({ task, onDone }: { task: TaskDetail; onDone: (outcome: TaskOutcome) => void }) {
  const t = useT(messages);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [claiming, setClaiming] = useState(false);
  const reportError = useReportError();
  const replaceHeld = useReplaceHeld();
  const send = (action: TaskAction, values: object) =>
    actOnTask(task.taskId, action, { version: task.version, ...values });
  const mayReassign = task.colleagues.length > 0;
  const needsNumber = task.lastStep && task.resultType === 'certificate';
  const dialogProps = (action: Exclude<Dialog, null>) => ({
    name: `task-${action}`,
    open: dialog === action,
    variant: 'modal' as const,
    successText: t('done'),
    submitText: t('ok'),
    onClose: () => setDialog(null),
    onSaved: onDone,
  });
  /** The opinion every recorded action takes, with its optional attachments. */
  const opinionField = (initial?: string) => (
    <>
      <Form.Item
        name="opinion"
        label={t('opinion')}
        initialValue={initial}
        rules={[{ required: true, message: t('opinionRequired') }]}
      >
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <AttachmentField uploadTo={taskAttachmentsUrl(task.taskId)} />
    </>
  );

  return (
    <>
      <Space wrap>
        {task.mayClaim && (
          <Button
            type="primary"
            loading={claiming}
            onClick={async () => {
              setClaiming(true);
              try {
                onDone(await send('claim', {}));
              } catch (error) {
                reportError(error);
              } finally {
                setClaiming(false);
              }
            }}
          >
            {t('claim')}
          </Button>
        )}
        {task.actions.includes('approve') && (
          <Button type="primary" onClick={() => setDialog('approve')}>
            {task.lastStep ? t('approveLast') : t('approve')}
          </Button>
        )}
        {task.actions.includes('return') && task.returnTargets.length > 0 && (
          <Button onClick={() => setDialog('return')}>{t('return')}</Button>
        )}
        {task.actions.includes('refuse') && (
          <Button danger onClick={() => setDialog('disapprove')}>
            {t('disapprove')}
          </Button>
        )}
        {task.mayTransfer && <Button onClick={() => setDialog('transfer')}>{t('transfer')}</Button>}
        {mayReassign && <Button onClick={() => setDialog('reassign')}>{t('reassign')}</Button>}
      </Space>

      <FormDialog<{ opinion: string; resultNumber?: string; attachmentIds?: string[] }, TaskOutcome>
        {...dialogProps('approve')}
        title={task.lastStep ? t('approveLast') : t('approve')}
        onSubmit={(values) =>
          replaceHeld((replace) => send('approve', replace ? { ...values, replaceHeld: true } : values))
        }
      >
        {needsNumber && (
          <Form.Item
            name="resultNumber"
            label={t('resultNumber').replace('{name}', task.resultName)}
            rules={[{ required: true, message: t('resultRequired') }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        )}
        {opinionField(t('approveDefault'))}
      </FormDialog>

      <FormDialog<{ toStep: string; opinion: string; attachmentIds?: string[] }, TaskOutcome>
        {...dialogProps('return')}
        title={t('return')}
        onSubmit={(values) => send('return', values)}
      >
        <Form.Item
          name="toStep"
          label={t('toStep')}
          rules={[{ required: true, message: t('toStepRequired') }]}
        >
          <Select options={task.returnTargets.map((step) => ({ value: step.key, label: step.name }))} />
        </Form.Item>
        {opinionField()}
      </FormDialog>

      <FormDialog<
        { reasons: string; legalBasis?: string; opinion: string; attachmentIds?: string[] },
        TaskOutcome
      >
        {...dialogProps('disapprove')}
        title={t('disapprove')}
        onSubmit={(values) =>
          send('disapprove', {
            opinion: values.opinion,
            attachmentIds: values.attachmentIds,
            legalBasis: values.legalBasis ?? '',
            reasons: values.reasons
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
          })
        }
      >
        <Form.Item
          name="reasons"
          label={t('reasons')}
          rules={[{ required: true, message: t('reasonsRequired') }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="legalBasis" label={t('legalBasis')}>
          <Input maxLength={500} />
        </Form.Item>
        {opinionField()}
        <p className="task-rights">{t('rights')}</p>
      </FormDialog>

      <FormDialog<{ departmentId: string; opinion: string; attachmentIds?: string[] }, TaskOutcome>
        {...dialogProps('transfer')}
        title={t('transfer')}
        onSubmit={(values) => send('transfer', values)}
      >
        <Form.Item
          name="departmentId"
          label={t('department')}
          rules={[{ required: true, message: t('departmentRequired') }]}
        >
          <DepartmentSelect regionCode={task.regionCode} />
        </Form.Item>
        {opinionField()}
      </FormDialog>

      <FormDialog<{ assigneeId: string; opinion?: string }, TaskOutcome>
        {...dialogProps('reassign')}
        title={t('reassign')}
        onSubmit={(values) =>
          send('reassign', { assigneeId: values.assigneeId, opinion: values.opinion ?? '' })
        }
      >
        <Form.Item
          name="assigneeId"
          label={t('assignee')}
          rules={[{ required: true, message: t('assigneeRequired') }]}
        >
          <Select
            options={task.colleagues.map((colleague) => ({
              value: colleague.id,
              label: colleague.absent ? `${colleague.name}${t('absent')}` : colleague.name,
              disabled: colleague.absent,
            }))}
          />
        </Form.Item>
        <Form.Item name="opinion" label={t('opinion')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </FormDialog>
    </>
  );
}
