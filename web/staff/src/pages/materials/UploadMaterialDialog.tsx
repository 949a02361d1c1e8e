import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Progress, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { ALLOWED_TYPES_TEXT } from '../../../../../src/shared/material-files';
import { useT } from '../../../../common/locale';
import { FILE_ACCEPT, type MaterialView } from '../../../../common/materials';
import { FormDialog } from '../../components/FormDialog';
import { type Owner, uploadForOwner } from './materialsApi';

const messages = {
  title: ['上传材料扫描件', 'Upload a scanned material'],
  name: ['材料名称', 'Material name'],
  namePlaceholder: ['如：户口簿、结婚证', 'e.g. household register'],
  nameRequired: ['请填写材料名称', 'Enter the material name'],
  file: ['文件', 'File'],
  fileHint: [`高拍仪扫描件或照片，支持 ${ALLOWED_TYPES_TEXT}`, `A scan or photo: ${ALLOWED_TYPES_TEXT}`],
  choose: ['选择文件', 'Choose a file'],
  fileRequired: ['请选择要上传的文件', 'Choose a file to upload'],
  upload: ['上传', 'Upload'],
  uploaded: ['已上传', 'Uploaded'],
} as const;

interface Values {
  name: string;
  file: UploadFile[];
}

/** A clerk uploads one scan for the owner being served; the server checks what the file really is. */
export function UploadMaterialDialog({
  owner,
  open,
  onClose,
  onUploaded,
}: {
  owner: Owner;
  open: boolean;
  onClose: () => void;
  onUploaded: (material: MaterialView) => void;
}) {
  const t = useT(messages);
  const [progress, setProgress] = useState<number | null>(null);

  const submit = async (values: Values) => {
    const file = values.file[0]?.originFileObj as File;
    setProgress(0);
    try {
      return await uploadForOwner(owner, values.name.trim(), file, setProgress);
    } finally {
      setProgress(null);
    }
  };

  return (
    <FormDialog<Values, MaterialView>
      name="upload-material"
      variant="modal"
      open={open}
      title={t('title')}
      submitText={t('upload')}
      successText={t('uploaded')}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onUploaded}
    >
      <Form.Item
        name="name"
        label={t('name')}
        rules={[{ required: true, whitespace: true, min: 2, max: 60, message: t('nameRequired') }]}
      >
        <Input placeholder={t('namePlaceholder')} maxLength={60} />
      </Form.Item>
      <Form.Item
        name="file"
        label={t('file')}
        extra={t('fileHint')}
        valuePropName="fileList"
        getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
        rules={[{ required: true, message: t('fileRequired') }]}
      >
        <Upload accept={FILE_ACCEPT} maxCount={1} beforeUpload={() => false}>
          <Button icon={<UploadOutlined />}>{t('choose')}</Button>
        </Upload>
      </Form.Item>
      {progress !== null && <Progress percent={Math.round(progress * 100)} />}
    </FormDialog>
  );
}
