import { Form, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { loadMyCase } from '../cases/api';
import { DeliveryChoice } from '../cases/DeliveryChoice';
import { changeMyDelivery, type DeliveryFormValues } from '../cases/delivery';
import type { MyCaseDetail } from '../cases/types';
import { errorText } from '../catalog/api';
import { useLoaded } from '../catalog/useLoaded';
import { FormPage, SubmitForm } from '../components/FormPage';
import { LoadFailure } from '../components/LoadFailure';
import { PageLoading } from '../components/PageLoading';
import { StatusBlock } from '../components/StatusBlock';

const messages = {
  title: ['结果领取方式', 'Getting the result'],
  heading: ['办好后结果怎么拿', 'How do you want the result?'],
  intro: [
    '结果寄出或交给网格员之前都可以改。邮寄不花钱。',
    'You can change this until the result is posted or given to the grid worker. Posting is free.',
  ],
  save: ['保存', 'Save'],
  saved: ['已改好', 'Changed'],
  notFound: ['没有找到这个办件', 'Application not found'],
  failed: ['办件没有打开', 'The application did not open'],
  fixed: ['现在不能再改了', 'It can no longer be changed'],
  fixedText: [
    '结果已经寄出、交给网格员或已经拿到了。有疑问请打电话问办事大厅。',
    'The result has been posted, given to the grid worker or received. Please call the service hall with any question.',
  ],
} as const;

function ChangeForm({ detail }: { detail: MyCaseDetail }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const [saving, setSaving] = useState(false);
  const method = Form.useWatch(['delivery', 'method'], form) ?? detail.delivery.method;
  const recipient = detail.delivery.recipient;
  const initial: DeliveryFormValues = {
    method: detail.delivery.method,
    regionCode: recipient?.regionCode,
    address: recipient?.address,
    recipientName: recipient?.name,
    recipientPhone: recipient?.phone,
  };

  const save = async (values: { delivery: DeliveryFormValues }) => {
    setSaving(true);
    try {
      await changeMyDelivery(detail.id, detail.version, values.delivery);
      Toast.show({ icon: 'success', content: t('saved') });
      navigate(`/progress/${detail.id}`, { replace: true });
    } catch (error) {
      Toast.show({ icon: 'fail', content: errorText(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <SubmitForm
      form={form}
      layout="vertical"
      initialValues={{ delivery: initial }}
      onFinish={save}
      submitText={t('save')}
      submitting={saving}
    >
      <DeliveryChoice courierOffered={detail.item.courierDelivery} method={method} labelled={false} />
    </SubmitForm>
  );
}

/** The resident changes how she gets the result of one of her cases, until it is sent. */
export function ChangeDeliveryPage() {
  const t = useT(messages);
  const { caseId = '' } = useParams();
  const { data, error, retry } = useLoaded(loadMyCase, caseId);
  return (
    <FormPage title={t('title')} heading={t('heading')} intro={t('intro')}>
      {error !== null ? (
        <LoadFailure error={error} retry={retry} notFound={t('notFound')} failed={t('failed')} />
      ) : data === null ? (
        <PageLoading />
      ) : data.delivery.changeable ? (
        <ChangeForm detail={data} />
      ) : (
        <StatusBlock title={t('fixed')} description={t('fixedText')} />
      )}
    </FormPage>
  );
}
