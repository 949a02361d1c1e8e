import { Alert, App, Button, Card, Col, Form, Row, Select, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { postOnce } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { useReportError } from '../../api/useReportError';
import { PageSection } from '../../components/PageSection';
import type { ItemVersion } from '../catalog/types';
import { ApplicantFields } from './ApplicantFields';
import { newIdempotencyKey } from './caseApi';
import { DeliveryFields } from './delivery/DeliveryFields';
import { type DeliveryValues, deliveryBody } from './delivery/deliveryApi';
import { ItemFormFields } from './ItemFormFields';
import { ItemPicker } from './ItemPicker';
import type { Started } from './types';
import { rememberedWindow, rememberWindow, useDeskWindows } from './useDeskWindows';
import './cases.css';

const messages = {
  title: ['一窗受理', 'One-window intake'],
  description: [
    '核验申请人身份，选择事项，发起办件后对照材料清单当场作出受理决定',
    'Identify the applicant, pick the item, then decide intake against the material list',
  ],
  window: ['受理窗口', 'Window'],
  windowRequired: ['请选择您所在的受理窗口', 'Pick the window you sit at'],
  noWindows: [
    '您的授权范围内没有可用的服务窗口，请联系管理员',
    'No service window in your scope; ask an administrator',
  ],
  applicant: ['申请人', 'Applicant'],
  item: ['申请事项', 'Service item'],
  itemRequired: ['请选择申请事项', 'Pick the item'],
  form: ['申请表', 'Application form'],
  pickItemFirst: ['选择事项后显示该事项的申请表', 'The item’s form shows once an item is picked'],
  delivery: ['办理结果领取方式', 'Getting the result'],
  start: ['发起办件', 'Start the case'],
  starting: ['正在读取人口库并登记办件…', 'Reading the registry and registering the case…'],
  replayed: [
    '这是同一次提交的重试，已打开先前登记的办件',
    'A retry of the same submission: the case already made is opened',
  ],
  notInRegistry: [
    '人口与法人库中没有该申请人，请核对申请表中的信息',
    'The registry has no record of the applicant; check the form',
  ],
  noGrant: [
    '无权查阅该申请人的库中信息（如跨街道通办），请按申请人证件填写申请表',
    'No grant to read this applicant’s record; type the form from the documents',
  ],
} as const;

interface StartValues {
  windowId: string;
  itemId: string;
  applicant: {
    kind: 'person' | 'enterprise';
    number: string;
    name?: string;
    phone?: string;
    regionCode?: string;
  };
  byAgent?: boolean;
  agent?: { name: string; idNumber?: string };
  formData?: Record<string, string | undefined>;
  delivery?: DeliveryValues;
}

const blankToUndefined = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

/** 一窗受理: the clerk at a window identifies the applicant, picks the item and starts the case. */
export function IntakePage() {
  const t = useT(messages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [form] = Form.useForm<StartValues>();
  const { windows, loading: windowsLoading } = useDeskWindows();
  const itemId: string | undefined = Form.useWatch('itemId', form);
  const item = useApi<ItemVersion>(itemId ? `/api/catalog/items/${itemId}` : null);
  const [starting, setStarting] = useState(false);
  // One key per attempt: a double click or a resend of the same values is the same attempt.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const start = async (values: StartValues) => {
    const body = {
      itemId: values.itemId,
      channel: 'window',
      windowId: values.windowId,
      applicant: {
        kind: values.applicant.kind,
        number: values.applicant.number.trim(),
        name: blankToUndefined(values.applicant.name),
        phone: blankToUndefined(values.applicant.phone),
        regionCode: blankToUndefined(values.applicant.regionCode),
      },
      agent:
        values.byAgent && values.agent
          ? { ...values.agent, idNumber: blankToUndefined(values.agent.idNumber) }
          : undefined,
      formData: Object.fromEntries(
        Object.entries(values.formData ?? {}).filter(
          (entry): entry is [string, string] => !!entry[1]?.trim(),
        ),
      ),
      delivery: deliveryBody(values.delivery),
    };
    const text = JSON.stringify(body);
    if (attempt.current?.body !== text) attempt.current = { body: text, key: newIdempotencyKey() };
    setStarting(true);
    try {
      const started = await postOnce<Started>('/api/cases', body, attempt.current.key);
      rememberWindow(values.windowId);
      if (started.replayed) message.info(t('replayed'));
      if (started.registry === 'not_in_registry') message.warning(t('notInRegistry'));
      if (started.registry === 'no_grant') message.warning(t('noGrant'));
      navigate(`/cases/${started.id}?window=${values.windowId}`);
    } catch (error) {
      reportError(error, form);
    } finally {
      setStarting(false);
    }
  };

  return (
    <PageSection title={t('title')} description={t('description')}>
      <Spin spinning={starting} description={t('starting')}>
        <Form<StartValues>
          form={form}
          layout="vertical"
          onFinish={start}
          initialValues={{ windowId: rememberedWindow() }}
          className="intake-form"
        >
          <Row gutter={24}>
            <Col xs={24} lg={11}>
              <Card size="small" title={t('applicant')}>
                <Form.Item
                  name="windowId"
                  label={t('window')}
                  rules={[{ required: true, message: t('windowRequired') }]}
                >
                  <Select
                    loading={windowsLoading}
                    options={windows.map((window) => ({ value: window.id, label: window.label }))}
                  />
                </Form.Item>
                {!windowsLoading && windows.length === 0 && <Alert type="warning" title={t('noWindows')} />}
                <ApplicantFields />
              </Card>
            </Col>
            <Col xs={24} lg={13}>
              <Card size="small" title={t('item')}>
                <Form.Item
                  name="itemId"
                  label={t('item')}
                  rules={[{ required: true, message: t('itemRequired') }]}
                >
                  <ItemPicker />
                </Form.Item>
              </Card>
              <Card size="small" title={t('form')} className="intake-form-card">
                {item.data ? (
                  <ItemFormFields fields={item.data.content.formFields} />
                ) : (
                  <span className="table-note">{t('pickItemFirst')}</span>
                )}
              </Card>
              <Card size="small" title={t('delivery')} className="intake-form-card">
                <DeliveryFields courierOffered={item.data?.content.courierDelivery ?? false} />
              </Card>
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                loading={starting}
                className="intake-start"
              >
                {t('start')}
              </Button>
            </Col>
          </Row>
        </Form>
      </Spin>
    </PageSection>
  );
}
