import { Button, Descriptions, Flex, type FormInstance, Tag } from 'antd';
import { useState } from 'react';
import { beijingInstant } from '../../../../../common/beijing-time';
import { useT } from '../../../../../common/locale';
import { useApi } from '../../../api/useApi';
import { formatDateTime } from '../../../components/format';
import type { CaseDetail } from '../types';
import type { useCaseAct } from '../useCaseAct';
import {
  AssignDialog,
  ChangeDeliveryDialog,
  HandOverDialog,
  PostedDialog,
  SignedForDialog,
} from './DeliveryDialogs';
import { type DeliveryStep, deliveryActs, deliveryBody } from './deliveryApi';
import { STAGE_COLORS, useDeliveryTerms } from './deliveryTerms';

const messages = {
  method: ['领取方式', 'Method'],
  stage: ['送达情况', 'Where it stands'],
  recipient: ['收件人', 'Recipient'],
  address: ['送达地址', 'Address'],
  pickup: ['领取地点', 'Collect at'],
  tracking: ['快递单号', 'Tracking'],
  postedAt: ['寄出时间', 'Posted'],
  gridWorker: ['送达网格员', 'Grid worker'],
  assignedAt: ['指派时间', 'Assigned'],
  deliveredAt: ['送达时间', 'Delivered'],
  receivedBy: ['签收人', 'Received by'],
  note: ['备注', 'Note'],
  change: ['变更领取方式', 'Change method'],
  handOver: ['登记领取', 'Record collection'],
  post: ['登记寄出', 'Record posting'],
  signed: ['登记签收', 'Record signature'],
  assign: ['指派网格员', 'Assign a grid worker'],
  reassign: ['改派网格员', 'Reassign'],
  waitGrid: ['等待网格员在“送达任务”中确认送达', 'Waiting for the grid worker to confirm in 送达任务'],
} as const;

type Dialog = 'change' | DeliveryStep | null;

/**
 * How the result reaches the applicant: the method, the address, the carrier and
 * tracking number or the grid worker, and — for a clerk — the next step to record.
 */
export function DeliveryPanel({
  detail,
  windowId,
  act,
  mayAct,
}: {
  detail: CaseDetail;
  windowId: string | undefined;
  act: ReturnType<typeof useCaseAct>;
  mayAct: boolean;
}) {
  const t = useT(messages);
  const terms = useDeliveryTerms();
  const [dialog, setDialog] = useState<Dialog>(null);
  const { delivery } = detail;
  const ready = detail.status === 'result_ready';
  const workers = useApi<{ items: { id: string; name: string; regionName: string }[] }>(
    mayAct && ready && delivery.method === 'grid_worker'
      ? `/api/cases/${detail.id}/delivery/grid-workers`
      : null,
  );
  const base = { version: detail.version, windowId };

  const run = async (name: DeliveryStep | 'change', body: object, form: FormInstance) => {
    const done = await act.run(
      name,
      () =>
        name === 'change'
          ? deliveryActs.change(detail.id, { ...base, ...body })
          : deliveryActs.step(detail.id, name, { ...base, ...body }),
      form,
    );
    if (done) setDialog(null);
  };
  const dialogProps = (name: DeliveryStep | 'change') => ({
    open: dialog === name,
    busy: act.busy === name,
    onCancel: () => setDialog(null),
  });
  const button = (name: Dialog & string, label: string, primary = true) => (
    <Button type={primary ? 'primary' : 'default'} onClick={() => setDialog(name)}>
      {label}
    </Button>
  );

  const recipient = delivery.recipient;
  return (
    <Flex vertical gap={12}>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('method')}>{terms.method(delivery.method)}</Descriptions.Item>
        <Descriptions.Item label={t('stage')}>
          <Tag color={STAGE_COLORS[delivery.stage]} data-testid="delivery-stage">
            {terms.stage(delivery)}
          </Tag>
        </Descriptions.Item>
        {delivery.method === 'window_pickup' && (
          <Descriptions.Item label={t('pickup')} span={2}>
            {delivery.pickupPlace.name}
            {delivery.pickupPlace.address && `（${delivery.pickupPlace.address}）`}
          </Descriptions.Item>
        )}
        {recipient && (
          <>
            <Descriptions.Item label={t('recipient')}>
              {recipient.name} {recipient.phone}
            </Descriptions.Item>
            <Descriptions.Item label={t('address')}>
              {recipient.regionName}
              {recipient.address}
            </Descriptions.Item>
          </>
        )}
        {delivery.trackingNumber && delivery.carrier && (
          <>
            <Descriptions.Item label={t('tracking')}>
              {terms.carrier(delivery.carrier)} {delivery.trackingNumber}
            </Descriptions.Item>
            <Descriptions.Item label={t('postedAt')}>{formatDateTime(delivery.postedAt)}</Descriptions.Item>
          </>
        )}
        {delivery.gridWorker && (
          <>
            <Descriptions.Item label={t('gridWorker')}>{delivery.gridWorker.name}</Descriptions.Item>
            <Descriptions.Item label={t('assignedAt')}>
              {formatDateTime(delivery.assignedAt)}
            </Descriptions.Item>
          </>
        )}
        {delivery.deliveredAt && (
          <>
            <Descriptions.Item label={t('deliveredAt')}>
              {formatDateTime(delivery.deliveredAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('receivedBy')}>{delivery.receivedBy ?? '—'}</Descriptions.Item>
          </>
        )}
        {delivery.note && (
          <Descriptions.Item label={t('note')} span={2}>
            {delivery.note}
          </Descriptions.Item>
        )}
      </Descriptions>
      {mayAct && (
        <Flex gap={8} wrap align="center">
          {ready && delivery.method === 'window_pickup' && button('handed-over', t('handOver'))}
          {ready &&
            delivery.method === 'courier' &&
            delivery.stage === 'ready' &&
            button('posted', t('post'))}
          {ready &&
            delivery.method === 'courier' &&
            delivery.stage === 'on_the_way' &&
            button('signed-for', t('signed'))}
          {ready &&
            delivery.method === 'grid_worker' &&
            delivery.stage === 'ready' &&
            button('assign', t('assign'))}
          {ready && delivery.method === 'grid_worker' && delivery.stage === 'on_the_way' && (
            <>
              <span className="table-note">{t('waitGrid')}</span>
              {button('assign', t('reassign'), false)}
            </>
          )}
          {delivery.changeable && button('change', t('change'), false)}
        </Flex>
      )}
      <ChangeDeliveryDialog
        detail={detail}
        {...dialogProps('change')}
        onSubmit={(values, form) => run('change', { delivery: deliveryBody(values.delivery) }, form)}
      />
      <HandOverDialog
        detail={detail}
        {...dialogProps('handed-over')}
        onSubmit={(values, form) =>
          run(
            'handed-over',
            {
              receivedBy: values.receivedBy.trim(),
              receivedByIdNumber: values.receivedByIdNumber?.trim().toUpperCase() || undefined,
              visit: values.visit,
              note: values.note?.trim() || undefined,
            },
            form,
          )
        }
      />
      <PostedDialog {...dialogProps('posted')} onSubmit={(values, form) => run('posted', values, form)} />
      <SignedForDialog
        {...dialogProps('signed-for')}
        onSubmit={(values, form) =>
          run(
            'signed-for',
            {
              deliveredAt: values.deliveredAt
                ? beijingInstant(values.deliveredAt.format('YYYY-MM-DDTHH:mm:ss'))
                : undefined,
              receivedBy: values.receivedBy?.trim() || undefined,
              note: values.note?.trim() || undefined,
            },
            form,
          )
        }
      />
      <AssignDialog
        workers={workers.data?.items ?? []}
        {...dialogProps('assign')}
        onSubmit={(values, form) => run('assign', values, form)}
      />
    </Flex>
  );
}
