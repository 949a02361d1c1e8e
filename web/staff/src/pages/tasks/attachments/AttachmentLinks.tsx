import { PaperClipOutlined } from '@ant-design/icons';
import { Space, Typography } from 'antd';
import type { Attachment } from './AttachmentUpload';

export const attachmentUrl = (caseId: string, id: string) =>
  `/api/cases/${encodeURIComponent(caseId)}/attachments/${encodeURIComponent(id)}/file`;

/** An action's attachments as links that open each file (staff only: the server gives them to no one else). */
export function AttachmentLinks({ caseId, attachments }: { caseId: string; attachments?: Attachment[] }) {
  if (!attachments?.length) return null;
  return (
    <Space size={[12, 0]} wrap className="task-attachments">
      {attachments.map((attachment) => (
        <Typography.Link
          key={attachment.id}
          href={attachmentUrl(caseId, attachment.id)}
          target="_blank"
          rel="noreferrer"
        >
          <PaperClipOutlined /> {attachment.name}
        </Typography.Link>
      ))}
    </Space>
  );
}
