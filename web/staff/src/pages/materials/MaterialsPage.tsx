import { Alert, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { type OwnerIdType, ownerNumberProblem } from '../../../../../src/shared/material-files';
import { useT } from '../../../../common/locale';
import { PageSection } from '../../components/PageSection';
import { useLabels } from '../../i18n/useLabels';
import type { Owner } from './materialsApi';
import { OwnerMaterials } from './OwnerMaterials';

const messages = {
  title: ['材料库', 'Material repository'],
  description: [
    '按证件号码查看群众或企业已提交的材料，上传窗口扫描件，登记本人复用同意。',
    'Look up the materials a person or business has handed over, upload window scans and record consent to reuse.',
  ],
  ownerIdType: ['证件类型', 'ID type'],
  ownerNumber: ['证件号码', 'ID number'],
  numberPlaceholder: ['请输入18位证件号码', 'Enter the 18-character number'],
  search: ['查询', 'Look up'],
  invalid: ['证件号码不正确，请核对', 'The number is not valid; please check it'],
  scope: [
    '可查看在您管辖区划内收取的材料，以及所有人已同意复用的材料；群众在应用中上传、尚未同意复用的材料仅本人可见。',
    'You see materials collected in your regions and any the owner has allowed to be reused; uploads from the app stay private until the owner allows reuse.',
  ],
} as const;

const OWNER_ID_TYPE_LABELS: Record<OwnerIdType, readonly [string, string]> = {
  '111': ['居民身份证', 'Citizen ID card'],
  '001': ['统一社会信用代码', 'Unified social credit code'],
};

/**
 * A temporary home for OwnerMaterials until the person profile embeds it:
 * look an owner up by number, then work with their materials.
 */
export function MaterialsPage() {
  const t = useT(messages);
  const { english } = useLabels();
  const [form] = Form.useForm<Owner>();
  const [owner, setOwner] = useState<Owner | null>(null);

  const search = (values: Owner) => {
    const number = values.ownerNumber.trim().toUpperCase();
    setOwner({ ownerIdType: values.ownerIdType, ownerNumber: number });
  };

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      toolbar={
        <Form<Owner>
          form={form}
          name="material-owner"
          layout="inline"
          initialValues={{ ownerIdType: '111' }}
          onFinish={search}
        >
          <Form.Item name="ownerIdType" label={t('ownerIdType')}>
            <Select
              style={{ width: 180 }}
              options={Object.entries(OWNER_ID_TYPE_LABELS).map(([value, label]) => ({
                value,
                label: label[english ? 1 : 0],
              }))}
            />
          </Form.Item>
          <Form.Item
            name="ownerNumber"
            label={t('ownerNumber')}
            rules={[
              {
                validator: async (_rule, value: string | undefined) => {
                  const problem = ownerNumberProblem(
                    form.getFieldValue('ownerIdType'),
                    (value ?? '').trim().toUpperCase(),
                  );
                  if (problem) throw new Error(english ? t('invalid') : problem);
                },
              },
            ]}
          >
            <Input
              className="material-owner-search"
              placeholder={t('numberPlaceholder')}
              maxLength={18}
              allowClear
            />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('search')}
          </Button>
        </Form>
      }
    >
      <Alert type="info" showIcon title={t('scope')} className="material-scope-note" />
      {owner && <OwnerMaterials key={`${owner.ownerIdType}:${owner.ownerNumber}`} owner={owner} />}
    </PageSection>
  );
}
