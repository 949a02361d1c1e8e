import { Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../components/format';
import { AttachmentLinks, verificationAttachmentUrl } from '../attachments/AttachmentLinks';
import { RESULT_COLORS, useClockTerms } from './clockTerms';
import type { VerificationView } from './types';

/** Table cells the clock's lists share. */

interface CaseRef {
  caseId: string;
  caseNumber: string;
  itemName: string;
  stepName: string;
}

/** The case a request concerns: its number (to the case page), item and step. */
export function CaseCell({ row }: { row: CaseRef }) {
  return (
    <>
      <Link to={`/cases/${row.caseId}`}>{row.caseNumber}</Link>
      <div>{row.itemName}</div>
      <Typography.Text type="secondary">{row.stepName}</Typography.Text>
    </>
  );
}

/** The lists' first column: the case a request concerns. */
export function caseColumn<Row extends CaseRef>(title: string): ColumnType<Row> {
  return { title, key: 'case', width: 240, render: (_, row) => <CaseCell row={row} /> };
}

/** A line, then who did it and when, in grey. */
export function WhoWhen({ head, name, at }: { head: ReactNode; name: string | null; at: string | null }) {
  return (
    <>
      <div>{head}</div>
      <Typography.Text type="secondary">
        {name} {formatDateTime(at)}
      </Typography.Text>
    </>
  );
}

/** A verification's answer: the result, the notes, who answered and when. */
export function VerificationAnswer({ row }: { row: VerificationView }) {
  const terms = useClockTerms();
  if (!row.result) return null;
  return (
    <>
      <Tag color={RESULT_COLORS[row.result]}>{terms.label('result', row.result)}</Tag>
      <WhoWhen head={row.answerNote} name={row.answeredByName} at={row.answeredAt} />
      <AttachmentLinks urlOf={verificationAttachmentUrl(row.id)} attachments={row.answerAttachments} />
    </>
  );
}
