import { Checkbox, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { CARRIERS, TRACKING_NUMBER_PATTERN } from '../../../../../../src/shared/case-terms';
import { ownerNumberProblem } from '../../../../../../src/shared/material-files';
import { useT } from '../../../../../common/locale';
import { ActDialog, type DialogProps } from '../DecisionDialogs';
import type { CaseDetail } from '../types';
import { DeliveryFields } from './DeliveryFields';
import type { DeliveryValues } from './deliveryApi';
import { useDeliveryTerms } from './deliveryTerms';

const messages = {
  changeTitle: ['变更结果领取方式', 'Change how the result is delivered'],
  handOverTitle: ['登记窗口领取', 'Record the collection'],
  receivedBy: ['领取人姓名', 'Collected by'],
  receivedByRequired: ['请填写领取人姓名', 'Enter who collects it'],
  idNumber: ['领取人身份证号码（他人代领时填写）', 'ID number (when someone else collects)'],
  visit: [
    '申请人（或代领人）为领取结果来到窗口，计入跑动次数',
    'They came to the window for it: count the visit',
  ],
  note: ['备注', 'Note'],
  postedTitle: ['登记结果寄出', 'Record the posting'],
  carrier: ['快递公司', 'Carrier'],
  tracking: ['快递单号', 'Tracking number'],
  trackingRequired: ['请填写快递单号', 'Enter the tracking number'],
  trackingShape: ['快递单号应为8至30位字母或数字', '8 to 30 letters or digits'],
  signedTitle: ['登记快递签收', 'Record the signature'],
  signedAt: ['签收时间（以快递查询为准，不填为现在）', 'Signed at (from the tracking; empty: now)'],
  signedBy: ['签收人（不填为收件人）', 'Signed by (empty: the recipient)'],
  assignTitle: ['指派网格员送达', 'Give it to a grid worker'],
  gridWorker: ['网格员', 'Grid worker'],
  gridWorkerRequired: ['请选择网格员', 'Pick a grid worker'],
  noGridWorker: ['该社区暂无网格员', 'No grid worker in this community'],
} as const;

const normalizeTracking = (value: string) => value.replace(/\s+/g, '').toUpperCase();

export function ChangeDeliveryDialog({
  detail,
  ...props
}: DialogProps<{ delivery: DeliveryValues }> & { detail: CaseDetail }) {
  const t = useT(messages);
  const { delivery } = detail;
  const initial: DeliveryValues = {
    method: delivery.method,
    recipient: delivery.recipient ?? undefined,
  };
  return (
    <ActDialog<{ delivery: DeliveryValues }>
      title={t('changeTitle')}
      initialValues={{ delivery: initial }}
      {...props}
    >
      <DeliveryFields courierOffered={detail.item.courierDelivery} />
    </ActDialog>
  );
}

export interface HandOverValues {
  receivedBy: string;
  receivedByIdNumber?: string;
  visit: boolean;
  note?: string;
}

export function HandOverDialog({ detail, ...props }: DialogProps<HandOverValues> & { detail: CaseDetail }) {
  const t = useT(messages);
  const idRule = {
    validator: (_: unknown, value: string | undefined) => {
      const problem = value?.trim() ? ownerNumberProblem('111', value.trim().toUpperCase()) : null;
      return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
    },
  };
  return (
    <ActDialog<HandOverValues>
      title={t('handOverTitle')}
      initialValues={{ receivedBy: detail.applicant.name, visit: true }}
      {...props}
    >
      <Form.Item
        name="receivedBy"
        label={t('receivedBy')}
        rules={[{ required: true, whitespace: true, message: t('receivedByRequired') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="receivedByIdNumber" label={t('idNumber')} rules={[idRule]}>
        <Input maxLength={18} className="case-id-input" />
      </Form.Item>
      <Form.Item name="visit" valuePropName="checked">
        <Checkbox>{t('visit')}</Checkbox>
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input maxLength={200} />
      </Form.Item>
    </ActDialog>
  );
}

export interface PostedValues {
  carrier: keyof typeof CARRIERS;
  trackingNumber: string;
}

export function PostedDialog(props: DialogProps<PostedValues>) {
  const t = useT(messages);
  const terms = useDeliveryTerms();
  return (
    <ActDialog<PostedValues> title={t('postedTitle')} initialValues={{ carrier: 'ems' }} {...props}>
      <Form.Item name="carrier" label={t('carrier')}>
        <Select
          options={(Object.keys(CARRIERS) as (keyof typeof CARRIERS)[]).map((carrier) => ({
            value: carrier,
            label: terms.carrier(carrier),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="trackingNumber"
        label={t('tracking')}
        normalize={normalizeTracking}
        rules={[
          { required: true, message: t('trackingRequired') },
          { pattern: TRACKING_NUMBER_PATTERN, message: t('trackingShape') },
        ]}
      >
        <Input maxLength={40} className="case-id-input" autoComplete="off" />
      </Form.Item>
    </ActDialog>
  );
}

export interface SignedForValues {
  deliveredAt?: Dayjs;
  receivedBy?: string;
  note?: string;
}

export function SignedForDialog(props: DialogProps<SignedForValues>) {
  const t = useT(messages);
  return (
    <ActDialog<SignedForValues> title={t('signedTitle')} {...props}>
      <Form.Item name="deliveredAt" label={t('signedAt')}>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
      </Form.Item>
      <Form.Item name="receivedBy" label={t('signedBy')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="note" label={t('note')}>
        <Input maxLength={200} />
      </Form.Item>
    </ActDialog>
  );
}

export function AssignDialog({
  workers,
  ...props
}: DialogProps<{ gridWorkerId: string }> & { workers: { id: string; name: string; regionName: string }[] }) {
  const t = useT(messages);
  return (
    <ActDialog<{ gridWorkerId: string }>
      title={t('assignTitle')}
      initialValues={workers.length === 1 ? { gridWorkerId: workers[0]?.id } : {}}
      {...props}
    >
      <Form.Item
        name="gridWorkerId"
        label={t('gridWorker')}
        rules={[{ required: true, message: t('gridWorkerRequired') }]}
      >
        <Select
          notFoundContent={t('noGridWorker')}
          options={workers.map((worker) => ({
            value: worker.id,
            label: `${worker.name}（${worker.regionName}）`,
          }))}
        />
      </Form.Item>
    </ActDialog>
  );
}
