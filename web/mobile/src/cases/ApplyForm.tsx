import { Button, Form, Selector, Toast } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import type { MaterialView } from '../../../common/materials';
import { errorText } from '../catalog/api';
import { useSession } from '../session';
import styles from './Apply.module.css';
import {
  type Application,
  type ApplicationContent,
  type ApplicationTarget,
  applicationSender,
} from './apply';
import { DeliveryChoice } from './DeliveryChoice';
import { type DeliveryFormValues, deliveryOf } from './delivery';
import { FieldInput } from './FieldInput';
import { RegionField } from './RegionField';
import type { MyCaseDetail } from './types';

/** The item's answers by field key, and how the result is to be got. */
interface Values {
  delivery?: DeliveryFormValues;
  /** Before verification: the community of the household register, which routes the case. */
  regionCode?: string;
  [fieldKey: string]: unknown;
}

const messages = {
  form: ['申请表', 'Application form'],
  prefilled: ['以下内容由系统按您的实名信息自动填写：', 'Filled in for you from your verified identity:'],
  materials: ['申请材料', 'Papers'],
  materialsIntro: [
    '从“我的材料”里选已上传的文件；没有上传的，办理时带到窗口。',
    'Pick files you uploaded in My papers; bring anything not uploaded to the window.',
  ],
  none: [
    '“我的材料”里还没有文件，可以先去上传，也可以办理时带上。',
    'No uploaded papers yet: upload them first, or bring them along.',
  ],
  upload: ['去“我的材料”上传', 'Upload in My papers'],
  required: ['必交', 'Required'],
  submit: ['提交申请', 'Submit application'],
  result: ['办理结果', 'The result'],
  fill: ['请填写', 'Please fill in'],
  typeAll: [
    '您的实名信息还没有核验，系统不会自动填表，请填写全部内容。受理前，窗口工作人员会查验您的身份证原件。',
    'Your identity is not verified yet, so nothing is filled in for you: please fill in everything. Before accepting, a window clerk will check your ID card.',
  ],
  region: ['户籍所在社区', 'Community of your household register'],
  regionRequired: ['请选择户籍所在社区', 'Choose your community'],
} as const;

/** The form (fields the platform fills are only listed) and the choice of uploaded papers, of an item or a bundle. */
export function ApplyForm({
  target,
  content,
  myMaterials,
  onApplied,
}: {
  target: ApplicationTarget;
  content: ApplicationContent;
  myMaterials: readonly MaterialView[];
  onApplied: (applied: MyCaseDetail) => void;
}) {
  const t = useT(messages);
  const navigate = useNavigate();
  const send = useMemo(() => applicationSender(), []);
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm();
  const method = Form.useWatch(['delivery', 'method'], form) ?? 'window_pickup';
  const fields = content.formFields ?? [];
  // Only a verified identity fills fields from the registry; before that the resident types them all.
  const verified = useSession().resident?.identity === 'verified';
  const prefilled = verified ? fields.filter((field) => field.profileSource) : [];
  const asked = verified ? fields.filter((field) => !field.profileSource) : fields;
  const choices = myMaterials.map((material) => ({ label: material.name, value: material.id }));

  const submit = async ({ delivery, regionCode, ...answers }: Values) => {
    const application: Application = {
      ...target,
      ...(regionCode ? { regionCode } : {}),
      formData: Object.fromEntries(
        Object.entries(answers).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
        ),
      ),
      materials: Object.entries(picked).map(([key, materialId]) => ({ key, state: 'provided', materialId })),
      delivery: deliveryOf(delivery),
    };
    setBusy(true);
    try {
      onApplied(await send(application));
    } catch (error) {
      Toast.show({ icon: 'fail', content: errorText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ delivery: { method: 'window_pickup' } }}
      footer={
        <Button block type="submit" color="primary" size="large" loading={busy}>
          {t('submit')}
        </Button>
      }
    >
      <Form.Header>{t('form')}</Form.Header>
      {!verified && (
        <>
          <Form.Item>
            <p className={styles.note}>{t('typeAll')}</p>
          </Form.Item>
          <Form.Item
            name="regionCode"
            label={t('region')}
            rules={[{ required: true, message: t('regionRequired') }]}
          >
            <RegionField />
          </Form.Item>
        </>
      )}
      {prefilled.length > 0 && (
        <Form.Item>
          <p className={styles.note}>{t('prefilled')}</p>
          <p className={styles.prefilled}>{prefilled.map((field) => field.label).join('、')}</p>
        </Form.Item>
      )}
      {asked.map((field) => (
        <Form.Item
          key={field.key}
          name={field.key}
          label={field.label}
          help={field.hint || undefined}
          rules={field.required ? [{ required: true, message: `${t('fill')}${field.label}` }] : []}
        >
          <FieldInput field={field} />
        </Form.Item>
      ))}
      <Form.Header>{t('materials')}</Form.Header>
      <Form.Item>
        <p className={styles.note}>{t(choices.length === 0 ? 'none' : 'materialsIntro')}</p>
        {choices.length === 0 && (
          <Button
            className={styles.upload}
            color="primary"
            fill="outline"
            onClick={() => navigate('/materials')}
          >
            {t('upload')}
          </Button>
        )}
      </Form.Item>
      {content.materials.map((material) => (
        <Form.Item
          key={material.key}
          label={material.name}
          extra={material.required ? t('required') : undefined}
        >
          {choices.length > 0 && (
            <Selector
              columns={1}
              options={choices}
              value={picked[material.key] ? [picked[material.key] as string] : []}
              onChange={(value) =>
                setPicked((current) => {
                  const { [material.key]: _dropped, ...rest } = current;
                  return value[0] ? { ...rest, [material.key]: value[0] } : rest;
                })
              }
            />
          )}
        </Form.Item>
      ))}
      <Form.Header>{t('result')}</Form.Header>
      <DeliveryChoice courierOffered={content.courierDelivery} method={method} />
    </Form>
  );
}
