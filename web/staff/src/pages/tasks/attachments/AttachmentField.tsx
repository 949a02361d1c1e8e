import { Form } from 'antd';
import { useRef } from 'react';
import { ALLOWED_TYPES_TEXT } from '../../../../../../src/shared/material-files';
import { useT } from '../../../../../common/locale';
import { AttachmentUpload, MAX_ATTACHMENTS } from './AttachmentUpload';

const messages = {
  label: ['附件', 'Attachments'],
  task: [
    `可选：现场核查照片、检验报告、专家意见、听证笔录等，${ALLOWED_TYPES_TEXT}，最多${MAX_ATTACHMENTS}个；仅工作人员可见`,
    `Optional: site photos, test reports, expert opinions, hearing records; ${ALLOWED_TYPES_TEXT}; up to ${MAX_ATTACHMENTS}; staff only`,
  ],
  verification: [
    `可选：户籍登记页照片、入户核实照片、情况说明等，${ALLOWED_TYPES_TEXT}，最多${MAX_ATTACHMENTS}个；仅工作人员可见`,
    `Optional: a photo of the register page or the visit, a written account; ${ALLOWED_TYPES_TEXT}; up to ${MAX_ATTACHMENTS}; staff only`,
  ],
  uploading: ['附件正在上传，请稍候再提交', 'An attachment is still uploading; submit when it is done'],
} as const;

/** Where an action's attachments are uploaded: for a task's own action, or for the answer to a verification request. */
export const taskAttachmentsUrl = (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/attachments`;
export const verificationAttachmentsUrl = (verificationId: string) =>
  `/api/verifications/${encodeURIComponent(verificationId)}/attachments`;

/**
 * The optional 附件 of an action's dialog, uploaded to `uploadTo`: its value is the body's
 * attachmentIds. `kind` picks the examples the hint gives.
 */
export function AttachmentField({
  uploadTo,
  kind = 'task',
}: {
  uploadTo: string;
  kind?: 'task' | 'verification';
}) {
  const t = useT(messages);
  const uploading = useRef(false);
  return (
    <Form.Item
      name="attachmentIds"
      label={t('label')}
      extra={t(kind)}
      rules={[
        {
          validator: () =>
            uploading.current ? Promise.reject(new Error(t('uploading'))) : Promise.resolve(),
        },
      ]}
    >
      <AttachmentUpload
        uploadTo={uploadTo}
        onUploading={(busy) => {
          uploading.current = busy;
        }}
      />
    </Form.Item>
  );
}
