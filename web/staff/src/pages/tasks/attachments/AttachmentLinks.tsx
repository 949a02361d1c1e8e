import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { Attachment } from './AttachmentUpload';

/** Where an attachment opens for whoever sees the case. */
export const caseAttachmentUrl = (caseId: string) => (id: string) =>
  `/api/cases/${encodeURIComponent(caseId)}/attachments/${encodeURIComponent(id)}/file`;

/** Where an attachment of a verification request or its answer opens for whoever sees the request. */
export const verificationAttachmentUrl = (verificationId: string) => (id: string) =>
  `/api/verifications/${encodeURIComponent(verificationId)}/attachments/${encodeURIComponent(id)}/file`;

/** An action's attachments as links that open each file (staff only: the server gives them to no one else). */
export function AttachmentLinks({
  urlOf,
  attachments,
}: {
  urlOf: (id: string) => string;
  attachments?: Attachment[];
}) {
  if (!attachments?.length) return null;
  return (
    <Space size={[12, 0]} wrap className="task-attachments">
      {attachments.map((attachment) => (
        <Typography.Link key={attachment.id} href={urlOf(attachment.id)} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {attachment.name}
        </Typography.Link>
      ))}
    </Space>
  );
}
