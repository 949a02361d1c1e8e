import { Alert, App, Button, Card, Col, Form, Row, Select, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { postOnce } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useReportError } from '../../api/useReportError';
import { PageSection } from '../../components/PageSection';
import { ApplicantFields } from './ApplicantFields';
import { newIdempotencyKey } from './caseApi';
import { DeliveryFields } from './delivery/DeliveryFields';
import { IntakeMaterials } from './IntakeMaterials';
import { ItemFormFields } from './ItemFormFields';
import { applicationBody, type IntakeValues, jointBody } from './intakeBody';
import { SubjectFields } from './SubjectFields';
import type { Started } from './types';
import { rememberedWindow, rememberWindow, useDeskWindows } from './useDeskWindows';
import { useIntakeSubject } from './useIntakeSubject';
import './cases.css';

const messages = {
  title: ['一窗受理', 'One-window intake'],
  description: [
    '核验申请人身份，选择事项或“一件事”，发起办件后对照材料清单当场作出受理决定',
    'Identify the applicant, pick the item or bundle, then decide intake against the material list',
  ],
  window: ['受理窗口', 'Window'],
  windowRequired: ['请选择您所在的受理窗口', 'Pick the window you sit at'],
  noWindows: [
    '您的授权范围内没有可用的服务窗口，请联系管理员',
    'No service window in your scope; ask an administrator',
  ],
  applicant: ['申请人', 'Applicant'],
  item: ['申请事项', 'Service item'],
  form: ['申请表', 'Application form'],
  jointForm: ['申请表（所选事项合并为一张）', 'Application form (one for the chosen items)'],
  pickItemFirst: ['选择事项后显示该事项的申请表', 'The item’s form shows once an item is picked'],
  pickBundleFirst: [
    '选择“一件事”和要办理的事项后显示合并的申请表',
    'The merged form shows once the bundle and its items are chosen',
  ],
  materials: ['材料清单（一次提交，各事项共用）', 'Materials (handed in once for every item)'],
  delivery: ['办理结果领取方式', 'Getting the result'],
  start: ['发起办件', 'Start the case'],
  starting: ['正在读取人口库并登记办件…', 'Reading the registry and registering the case…'],
  startJoint: ['发起联办件', 'Start the joint case'],
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

/**
 * 一窗受理: the clerk at a window identifies the applicant, picks the item, or a
 * bundle (一件事) and the items of it the applicant needs, and starts the case.
 */
export function IntakePage() {
  const t = useT(messages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [form] = Form.useForm<IntakeValues>();
  const { windows, loading: windowsLoading } = useDeskWindows();
  const shown = useIntakeSubject(form);
  const [starting, setStarting] = useState(false);
  // One key per attempt: a double click or a resend of the same values is the same attempt.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  const start = async (values: IntakeValues) => {
    const formKeys = shown.fields.map((field) => field.key);
    const joint = values.subject === 'bundle';
    const body = joint
      ? jointBody(
          values,
          formKeys,
          (shown.merged?.materials ?? []).map((material) => material.key),
        )
      : { ...applicationBody(values, formKeys), itemId: values.itemId };
    const text = JSON.stringify(body);
    if (attempt.current?.body !== text) attempt.current = { body: text, key: newIdempotencyKey() };
    setStarting(true);
    try {
      const started = await postOnce<Started>(
        joint ? '/api/joint-cases' : '/api/cases',
        body,
        attempt.current.key,
      );
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
        <Form<IntakeValues>
          form={form}
          layout="vertical"
          onFinish={start}
          onValuesChange={(changed: Partial<IntakeValues>) => {
            // Another bundle: every item ticked again. Another choice of items merges the list
            // anew and a paper's key may then name another paper, so what was recorded goes.
            if ('bundleId' in changed) form.setFieldsValue({ itemIds: undefined, materials: {} });
            if ('itemIds' in changed) form.setFieldValue('materials', {});
          }}
          initialValues={{ windowId: rememberedWindow(), subject: 'item' }}
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
                <SubjectFields shown={shown} />
              </Card>
              <Card
                size="small"
                title={shown.subject === 'bundle' ? t('jointForm') : t('form')}
                className="intake-form-card"
              >
                {shown.item || shown.merged ? (
                  <ItemFormFields fields={shown.fields} />
                ) : (
                  <span className="table-note">
                    {shown.subject === 'bundle' ? t('pickBundleFirst') : t('pickItemFirst')}
                  </span>
                )}
              </Card>
              <Card size="small" title={t('delivery')} className="intake-form-card">
                <DeliveryFields courierOffered={shown.courierOffered} />
              </Card>
            </Col>
          </Row>
          {shown.bundle && shown.merged && (
            <Card size="small" title={t('materials')} className="intake-form-card">
              <Form.Item name="materials" noStyle>
                <IntakeMaterials items={shown.bundle.items} materials={shown.merged.materials} />
              </Form.Item>
            </Card>
          )}
          <Button type="primary" htmlType="submit" size="large" loading={starting} className="intake-start">
            {shown.subject === 'bundle' ? t('startJoint') : t('start')}
          </Button>
        </Form>
      </Spin>
    </PageSection>
  );
}
