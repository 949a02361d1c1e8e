import type { DocumentHead } from '../../../../../src/modules/cases/rules/documents';
import { PROVISIONAL_DEADLINE_NOTE } from '../../../../../src/shared/clock-terms';
import { useT } from '../../../../common/locale';
import { useCaseTerms } from './caseTerms';

/** The snapshot a document was issued with (src/modules/cases/rules/documents.ts builds it). */
export interface DocumentContent extends DocumentHead {
  title: string;
  number: string;
  text: string;
  basis?: string;
  items?: { key: string; name: string; problem: string; reason: string | null }[];
  commitments?: { key: string; name: string; due: string }[];
  commitmentText?: string;
  promisedLimitDays?: number;
  promisedDeadline?: string | null;
  /** The promised date was estimated from the statutory holidays (decision 0028). */
  deadlineProvisional?: boolean;
  reasons?: string[];
  /** 补正通知书: each thing the applicant must correct. */
  corrections?: string[];
  legalBasis?: string;
  rights?: string;
  resultName?: string;
  resultNumber?: string;
  note?: string;
  /** The result notice: how the result reaches the applicant. */
  delivery?: string;
  overdue?: { key: string; name: string; due: string | null }[];
}

const messages = {
  material: ['材料', 'Material'],
  problem: ['问题', 'Problem'],
  what: ['需补正内容', 'To be supplied'],
  supply: ['请补交', 'Please bring it'],
  basis: ['依据：', 'Basis: '],
  due: ['补交期限', 'Due'],
  commitment: ['申请人承诺', 'The applicant’s commitment'],
  signature: ['申请人（签名）：', 'Applicant (signature): '],
  limit: ['承诺办结时限：{n} 个工作日，于 {date} 前办结。', 'Promised in {n} working day(s), by {date}.'],
  onTheSpot: ['本事项为即办件，当场办结。', 'This item is completed on the spot.'],
  reasons: ['理由', 'Reasons'],
  corrections: ['需补正的内容', 'To be corrected'],
  rights: ['权利告知', 'Your rights'],
  result: ['办理结果：', 'Result: '],
  resultNumber: ['，编号 ', ', number '],
  receivedBy: ['申请人签收：', 'Received by the applicant: '],
  provisional: PROVISIONAL_DEADLINE_NOTE,
} as const;

/** What differs between the kinds of document: lists, commitments, reasons and rights, the result. */
export function DocumentBody({ kind, content }: { kind: string; content: DocumentContent }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const date = content.promisedDeadline?.slice(0, 10) ?? '';
  return (
    <section className="case-document-body">
      <p className="case-document-salutation">{content.applicantName}：</p>
      <p>{content.text}</p>
      {content.items && (
        <table className="case-document-list">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('material')}</th>
              <th>{t('problem')}</th>
              <th>{t('what')}</th>
            </tr>
          </thead>
          <tbody>
            {content.items.map((line, index) => (
              <tr key={line.key}>
                <td>{index + 1}</td>
                <td>{line.name}</td>
                <td>{terms.label('materialState', line.problem)}</td>
                <td>{line.reason ?? (line.problem === 'missing' ? t('supply') : '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {content.commitments && (
        <table className="case-document-list">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('material')}</th>
              <th>{t('due')}</th>
            </tr>
          </thead>
          <tbody>
            {content.commitments.map((line, index) => (
              <tr key={line.key}>
                <td>{index + 1}</td>
                <td>{line.name}</td>
                <td>{line.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {content.corrections && (
        <ol className="case-document-reasons" aria-label={t('corrections')}>
          {content.corrections.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      )}
      {content.reasons && (
        <ol className="case-document-reasons" aria-label={t('reasons')}>
          {content.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ol>
      )}
      {(content.basis || content.legalBasis) && (
        <p>
          {t('basis')}
          {content.basis || content.legalBasis}
        </p>
      )}
      {kind === 'acceptance' || kind === 'tolerant_acceptance' ? (
        <p>
          {content.promisedLimitDays === 0
            ? t('onTheSpot')
            : t('limit').replace('{n}', String(content.promisedLimitDays)).replace('{date}', date)}
          {content.deadlineProvisional && `（${t('provisional')}）`}
        </p>
      ) : null}
      {content.resultName && (
        <p>
          {t('result')}
          {content.resultName}
          {content.resultNumber && t('resultNumber') + content.resultNumber}
        </p>
      )}
      {content.delivery && <p>{content.delivery}</p>}
      {content.rights && (
        <div className="case-document-box">
          <strong>{t('rights')}</strong>
          <p>{content.rights}</p>
        </div>
      )}
      {content.commitmentText && (
        <div className="case-document-box">
          <strong>{t('commitment')}</strong>
          <p>{content.commitmentText}</p>
          <p className="case-document-sign">{t('signature')}</p>
        </div>
      )}
      <p className="case-document-sign">{t('receivedBy')}</p>
    </section>
  );
}
