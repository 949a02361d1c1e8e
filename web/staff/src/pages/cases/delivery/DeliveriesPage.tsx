import { Button, Card, Empty, Flex, Form, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { DeliveryTask } from '../../../../../../src/modules/cases/delivery/views';
import { useT } from '../../../../../common/locale';
import { useApi } from '../../../api/useApi';
import { formatDateTime } from '../../../components/format';
import { PageSection } from '../../../components/PageSection';
import { ActDialog } from '../DecisionDialogs';
import { useCaseAct } from '../useCaseAct';
import { deliveryActs } from './deliveryApi';

type Task = z.infer<typeof DeliveryTask>;

const messages = {
  title: ['送达任务', 'Deliveries'],
  description: [
    '指派给您送上门的办理结果；送到后当场确认（查看收件人和地址会记入日志）',
    'Results given to you to bring; confirm each at the door (reading addresses is logged)',
  ],
  pending: ['待送达', 'To deliver'],
  none: ['目前没有待送达的结果', 'Nothing to deliver now'],
  done: ['已送达（最近）', 'Delivered (latest)'],
  recipient: ['收件人', 'Recipient'],
  phone: ['电话', 'Phone'],
  address: ['地址', 'Address'],
  assignedAt: ['指派时间', 'Assigned'],
  deliveredAt: ['送达时间', 'Delivered'],
  item: ['事项', 'Item'],
  caseNumber: ['办件编号', 'Case'],
  note: ['送达情况', 'Note'],
  confirm: ['确认送达', 'Confirm delivery'],
  confirmTitle: ['确认已送达', 'Confirm the delivery'],
  noteLabel: ['送达情况（如：本人签收、家属代收）', 'What happened (e.g. signed by the applicant)'],
  noteRequired: ['请写明送达情况', 'Say how it was delivered'],
  receivedBy: ['签收人（不填为收件人）', 'Signed by (empty: the recipient)'],
} as const;

interface ConfirmValues {
  note: string;
  receivedBy?: string;
}

/** The grid worker's deliveries: where to go, whom to give it to, and the confirmation at the door. */
export function DeliveriesPage() {
  const t = useT(messages);
  const list = useApi<{ items: Task[] }>('/api/deliveries');
  const act = useCaseAct(list.reload);
  const [confirming, setConfirming] = useState<Task | null>(null);
  const tasks = list.data?.items ?? [];
  const pending = tasks.filter((task) => !task.deliveredAt);
  const done = tasks.filter((task) => task.deliveredAt);

  const confirm = async (values: ConfirmValues, form: Parameters<typeof act.run>[2]) => {
    if (!confirming) return;
    const task = confirming;
    const reply = await act.run(
      'delivered',
      () =>
        deliveryActs.step(task.caseId, 'delivered', {
          version: task.version,
          note: values.note.trim(),
          receivedBy: values.receivedBy?.trim() || undefined,
        }),
      form,
    );
    if (reply) setConfirming(null);
  };

  return (
    <PageSection title={t('title')} description={t('description')}>
      <Typography.Title level={5} className="delivery-pending-title">
        {t('pending')} <Tag color={pending.length > 0 ? 'gold' : 'default'}>{pending.length}</Tag>
      </Typography.Title>
      {pending.length === 0 && !list.loading && <Empty description={t('none')} />}
      <Flex vertical gap={12} className="delivery-tasks">
        {pending.map((task) => (
          <Card
            key={task.caseId}
            size="small"
            title={task.itemName}
            extra={
              <Button type="primary" onClick={() => setConfirming(task)}>
                {t('confirm')}
              </Button>
            }
          >
            <dl className="delivery-task">
              <dt>{t('recipient')}</dt>
              <dd className="delivery-task-strong">{task.recipientName}</dd>
              <dt>{t('phone')}</dt>
              <dd>
                <a href={`tel:${task.recipientPhone}`}>{task.recipientPhone}</a>
              </dd>
              <dt>{t('address')}</dt>
              <dd className="delivery-task-strong">
                {task.regionName} {task.address}
              </dd>
              <dt>{t('caseNumber')}</dt>
              <dd>{task.caseNumber}</dd>
              <dt>{t('assignedAt')}</dt>
              <dd>{formatDateTime(task.assignedAt)}</dd>
            </dl>
          </Card>
        ))}
      </Flex>
      {done.length > 0 && (
        <>
          <Typography.Title level={5} className="delivery-done-title">
            {t('done')}
          </Typography.Title>
          <Table<Task>
            rowKey="caseId"
            size="small"
            pagination={false}
            dataSource={done}
            columns={[
              { title: t('item'), dataIndex: 'itemName' },
              { title: t('recipient'), dataIndex: 'recipientName' },
              { title: t('address'), dataIndex: 'regionName' },
              { title: t('note'), dataIndex: 'note' },
              { title: t('deliveredAt'), key: 'at', render: (_, task) => formatDateTime(task.deliveredAt) },
            ]}
          />
        </>
      )}
      <ActDialog<ConfirmValues>
        title={`${t('confirmTitle')}：${confirming?.recipientName ?? ''}`}
        open={confirming !== null}
        busy={act.busy === 'delivered'}
        onCancel={() => setConfirming(null)}
        onSubmit={confirm}
      >
        <Form.Item
          name="note"
          label={t('noteLabel')}
          rules={[{ required: true, whitespace: true, message: t('noteRequired') }]}
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="receivedBy" label={t('receivedBy')}>
          <Input maxLength={50} />
        </Form.Item>
      </ActDialog>
    </PageSection>
  );
}
