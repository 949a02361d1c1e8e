import { Form, Input, ProgressBar, Toast } from 'antd-mobile';
import { useEffect, useState } from 'react';
import { useT } from '../../../../common/locale';
import type { MaterialView } from '../../../../common/materials';
import { fill } from '../../catalog/format';
import { useReportApiError } from '../../formFeedback';
import { uploadMyMaterial } from '../../materials/api';
import type { UploadPreset } from '../../materials/useUploadPreset';
import { SubmitForm } from '../FormPage';
import { FilePicker } from './FilePicker';
import styles from './Materials.module.css';

const messages = {
  title: ['上传材料', 'Upload a material'],
  name: ['材料名称', 'What it is'],
  namePlaceholder: ['如：户口簿、结婚证', 'e.g. household register, marriage certificate'],
  nameRequired: ['请填写材料名称', 'Please say what the material is'],
  file: ['文件', 'File'],
  fileRequired: ['请拍照或选择文件', 'Please take a photo or choose a file'],
  submit: ['上传', 'Upload'],
  uploading: ['正在上传', 'Uploading'],
  done: ['已上传', 'Uploaded'],
  forMaterial: ['用于“{item}”的申请材料', 'A document for “{item}”'],
} as const;

interface Values {
  name: string;
  file: File;
}

/**
 * The upload form: a name and one photo or PDF, with progress; a refused file
 * is explained under it. With a preset (from a guide) the name is the
 * catalogue material's and the upload is filed under it.
 */
export function MaterialUploadCard({
  preset,
  onUploaded,
}: {
  preset: UploadPreset | null;
  onUploaded: (material: MaterialView) => void;
}) {
  const t = useT(messages);
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (preset) form.setFieldsValue({ name: preset.materialName });
  }, [form, preset]);
  const [progress, setProgress] = useState<number | null>(null);
  const reportError = useReportApiError(form, {
    FILE_TYPE_NOT_ALLOWED: 'file',
    FILE_TOO_LARGE: 'file',
    FILE_EMPTY: 'file',
    IDENTITY_REQUIRED: 'file',
  });

  async function submit(values: Values) {
    setProgress(0);
    try {
      const material = await uploadMyMaterial(
        values.file,
        values.name.trim(),
        setProgress,
        preset ?? undefined,
      );
      Toast.show({ icon: 'success', content: t('done') });
      form.resetFields();
      onUploaded(material);
    } catch (error) {
      reportError(error);
    } finally {
      setProgress(null);
    }
  }

  return (
    <SubmitForm
      form={form}
      layout="vertical"
      className={styles.uploadForm}
      onFinish={submit}
      onValuesChange={(changed) => {
        // A new choice clears the refusal of the previous file.
        if ('file' in changed) form.setFields([{ name: 'file', errors: [] }]);
      }}
      submitText={progress === null ? t('submit') : `${t('uploading')} ${Math.round(progress * 100)}%`}
      submitting={progress !== null}
    >
      <Form.Header>
        <h3 className={styles.formTitle}>{t('title')}</h3>
        {preset && <p className={styles.forMaterial}>{fill(t('forMaterial'), { item: preset.itemName })}</p>}
      </Form.Header>
      <Form.Item
        name="name"
        label={t('name')}
        rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('nameRequired') }]}
      >
        <Input placeholder={t('namePlaceholder')} maxLength={60} clearable />
      </Form.Item>
      <Form.Item name="file" label={t('file')} rules={[{ required: true, message: t('fileRequired') }]}>
        <FilePicker />
      </Form.Item>
      {progress !== null && <ProgressBar percent={progress * 100} className={styles.progress} />}
    </SubmitForm>
  );
}
