import { ArrowLeftOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Result,
  Row,
  Select,
  Spin,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import type { ManagedBundle } from '../../../../../../src/modules/catalog/bundle-schemas';
import { ApiError, post, put } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { useApi } from '../../../api/useApi';
import { useReportError } from '../../../api/useReportError';
import { ActiveTag } from '../../../components/ActiveTag';
import { commonMessages } from '../../../i18n/commonMessages';
import { useCatalogAccess } from '../access';
import { useDepartments } from '../useDepartments';
import { BundleItemPicker } from './BundleItemPicker';
import { BundlePreviewPanel } from './BundlePreviewPanel';
import '../catalog.css';
import './bundles.css';

const messages = {
  ...commonMessages,
  back: ['一件事', 'One-thing bundles'],
  newTitle: ['新建一件事', 'New bundle'],
  editTitle: ['一件事 · {name}', 'Bundle · {name}'],
  name: ['名称', 'Name'],
  namePlaceholder: ['如：出生一件事', 'e.g. 出生一件事'],
  nameRequired: ['请填写名称，至少2个字', 'Enter a name of at least 2 characters'],
  description: ['说明', 'Description'],
  descriptionHint: [
    '面向群众：这件事包括哪些事项、在哪里办、一次提交什么。',
    'For residents: what it covers, where it is done, what is handed in once.',
  ],
  lead: ['牵头部门', 'Lead department'],
  leadHint: [
    '牵头部门统一受理并跟踪整件事的办理。',
    'The lead department takes the application and follows the whole case.',
  ],
  leadRequired: ['请选择牵头部门', 'Choose the lead department'],
  items: ['包含事项', 'Items'],
  itemsTooFew: ['一件事至少包含2个事项', 'A bundle needs at least 2 items'],
  saved: ['已保存', 'Saved'],
  readOnly: [
    '只有牵头部门的事项编制人员或本区划的事项目录审核人员可以修改此“一件事”。',
    'Only the lead department’s catalogue editors or the region’s catalogue reviewers can change this bundle.',
  ],
  notFound: ['找不到该“一件事”', 'Bundle not found'],
} as const;

interface BundleValues {
  name: string;
  description: string;
  leadDepartmentId?: string;
  itemIds: string[];
}

/** "itemIds.2" -> the items picker; other problems sit on their own field. */
const formNameOf = (field: string) => (field.startsWith('itemIds') ? 'itemIds' : field) as keyof BundleValues;

/** /catalog/bundles/new and /catalog/bundles/:id: the bundle's form on the left, what the applicant gets on the right. */
export function BundleEditorPage() {
  const { id } = useParams();
  const t = useT(messages);
  const { data, error, loading } = useApi<ManagedBundle>(id ? `/api/catalog/manage/bundles/${id}` : null);
  if (error) return <Result status="404" title={t('notFound')} subTitle={error.message} />;
  if (id && (loading || !data)) return <Spin className="catalog-loading" />;
  return <BundleEditorForm key={data?.bundleId ?? 'new'} bundle={data} />;
}

function BundleEditorForm({ bundle }: { bundle?: ManagedBundle }) {
  const t = useT(messages);
  const { message } = App.useApp();
  const navigate = useNavigate();
  const reportError = useReportError();
  const access = useCatalogAccess();
  const departments = useDepartments();
  const [form] = Form.useForm<BundleValues>();
  const [saving, setSaving] = useState(false);
  const itemIds = Form.useWatch('itemIds', form) ?? bundle?.items.map((item) => item.itemId) ?? [];
  const leads = departments.active.filter((department) => access.canManageBundle(department));
  const readOnly = bundle !== undefined && !bundle.canManage;

  const save = async (values: BundleValues) => {
    setSaving(true);
    try {
      const body = { ...values, description: values.description ?? '' };
      if (bundle) await put(`/api/catalog/manage/bundles/${bundle.bundleId}`, body);
      else await post('/api/catalog/manage/bundles', body);
      message.success(t('saved'));
      navigate('/catalog/bundles');
    } catch (error) {
      reportError(error);
      if (error instanceof ApiError) {
        form.setFields(
          error.fieldProblems.map((problem) => ({
            name: formNameOf(problem.field),
            errors: [problem.message],
          })),
        );
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="bundle-editor">
      <Link to="/catalog/bundles" className="catalog-back">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <Flex justify="space-between" align="center" gap={16} className="bundle-editor-head">
        <Flex align="center" gap={8}>
          <Typography.Title level={4} className="bundle-editor-title">
            {bundle ? t('editTitle').replace('{name}', bundle.name) : t('newTitle')}
          </Typography.Title>
          {bundle && <ActiveTag active={bundle.active} />}
        </Flex>
        {!readOnly && (
          <Flex gap={8}>
            <Button onClick={() => navigate('/catalog/bundles')}>{t('cancel')}</Button>
            <Button type="primary" loading={saving} onClick={() => form.submit()}>
              {t('save')}
            </Button>
          </Flex>
        )}
      </Flex>
      {readOnly && <Alert type="info" showIcon title={t('readOnly')} className="bundle-editor-note" />}
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={12}>
          <Card variant="borderless" className="bundle-editor-card">
            <Form<BundleValues>
              name="bundle"
              form={form}
              layout="vertical"
              disabled={readOnly}
              onFinish={save}
              initialValues={{
                name: bundle?.name ?? '',
                description: bundle?.description ?? '',
                leadDepartmentId: bundle?.leadDepartmentId ?? (leads.length === 1 ? leads[0]?.id : undefined),
                itemIds: bundle?.items.map((item) => item.itemId) ?? [],
              }}
            >
              <Form.Item
                label={t('name')}
                name="name"
                rules={[{ required: true, whitespace: true, min: 2, message: t('nameRequired') }]}
              >
                <Input maxLength={60} placeholder={t('namePlaceholder')} />
              </Form.Item>
              <Form.Item
                label={t('lead')}
                name="leadDepartmentId"
                extra={t('leadHint')}
                rules={[{ required: true, message: t('leadRequired') }]}
              >
                <Select
                  loading={departments.loading}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(readOnly ? departments.all : leads).map((department) => ({
                    value: department.id,
                    label: department.name,
                  }))}
                />
              </Form.Item>
              <Form.Item label={t('description')} name="description" extra={t('descriptionHint')}>
                <Input.TextArea rows={3} maxLength={2000} showCount />
              </Form.Item>
              <Form.Item
                label={t('items')}
                name="itemIds"
                rules={[{ type: 'array', min: 2, message: t('itemsTooFew') }]}
              >
                <BundleItemPicker initialItems={bundle?.items ?? []} disabled={readOnly} />
              </Form.Item>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card variant="borderless" className="bundle-editor-card bundle-preview-card">
            <BundlePreviewPanel itemIds={itemIds} />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
