import { UploadOutlined } from '@ant-design/icons';
import { Button, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { upload } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { FILE_ACCEPT } from '../../../../../common/materials';
import { useReportError } from '../../../api/useReportError';

/** As POST /api/tasks/:id/attachments answers (src/modules/cases/views.ts AttachmentView). */
export interface Attachment {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
}

export const MAX_ATTACHMENTS = 10;

const messages = {
  choose: ['上传附件', 'Upload a file'],
} as const;

/** `现场核查照片.jpg` -> `现场核查照片`: the name the history shows. */
const displayName = (file: File) => (file.name.replace(/\.[^.]+$/, '') || file.name).slice(0, 60);

/**
 * The attachments of one action, as a form control: each file is uploaded at
 * once (with its progress) to `uploadTo` (the task's, or the verification
 * request's, attachments), may be removed before submitting, and the value is
 * the uploaded attachments' ids (the action's attachmentIds).
 */
export function AttachmentUpload({
  uploadTo,
  onChange,
  onUploading,
}: {
  uploadTo: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  /** Whether a file is still on its way, so the dialog can hold its submission. */
  onUploading?: (uploading: boolean) => void;
}) {
  const t = useT(messages);
  const reportError = useReportError();
  const [files, setFiles] = useState<UploadFile<Attachment>[]>([]);

  const changed = (next: UploadFile<Attachment>[]) => {
    setFiles(next);
    onUploading?.(next.some((file) => file.status === 'uploading'));
    onChange?.(next.flatMap((file) => (file.status === 'done' && file.response ? [file.response.id] : [])));
  };

  return (
    <Upload<Attachment>
      accept={FILE_ACCEPT}
      multiple
      maxCount={MAX_ATTACHMENTS}
      fileList={files}
      onChange={({ fileList }) => changed(fileList)}
      customRequest={({ file, onProgress, onSuccess, onError }) => {
        const form = new FormData();
        form.append('name', displayName(file as File));
        form.append('file', file);
        upload<Attachment>(uploadTo, form, {
          onProgress: (sent) => onProgress?.({ percent: Math.round(sent * 100) }),
        })
          .then((attachment) => onSuccess?.(attachment))
          .catch((error: Error) => {
            reportError(error);
            onError?.(error);
          });
      }}
    >
      <Button icon={<UploadOutlined />} disabled={files.length >= MAX_ATTACHMENTS}>
        {t('choose')}
      </Button>
    </Upload>
  );
}
