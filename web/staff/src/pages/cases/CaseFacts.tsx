import { Alert, Descriptions, Tag } from 'antd';
import { useT } from '../../../../common/locale';
import { formatDateTime } from '../../components/format';
import { ProvisionalMark } from '../../components/ProvisionalMark';
import { useCaseTerms } from './caseTerms';
import type { CaseDetail } from './types';

const messages = {
  applicant: ['申请人', 'Applicant'],
  number: ['证件号码', 'ID / credit code'],
  phone: ['联系电话', 'Mobile'],
  agent: ['代办人', 'Agent'],
  channel: ['申请渠道', 'Channel'],
  place: ['受理地点', 'Taken in at'],
  office: ['办理部门', 'Handling office'],
  anyWindow: ['通办件（跨区域受理）', 'Any-window case'],
  submitted: ['申请时间', 'Applied'],
  accepted: ['受理时间', 'Accepted'],
  promised: ['承诺办结期限', 'Promised by'],
  legal: ['法定办结期限', 'Legal limit'],
  result: ['办理结果', 'Result'],
  counts: ['跑动 {visits} 次 · 免交材料 {reused} 份', '{visits} visit(s) · {reused} material(s) reused'],
  tolerant: ['容缺受理', 'Tolerant'],
  masked: [
    '您监督查看本办件，申请人的证件号码、电话、姓名和地址已脱敏；本次查阅已记入申请人可见的查阅记录。',
    "You are supervising this case: the applicant's ID number, phone, name and addresses are masked. This look is in the applicant's read log.",
  ],
} as const;

/** Who applied, how, where it went, the deadlines and the result. */
export function CaseFacts({ detail }: { detail: CaseDetail }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  const result = detail.result as { resultName?: string; number?: string } | null;
  return (
    <>
      {detail.personalData === 'masked' && (
        <Alert type="info" showIcon message={t('masked')} style={{ marginBottom: 12 }} />
      )}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('applicant')}>{detail.applicant.name}</Descriptions.Item>
        <Descriptions.Item label={t('number')}>{detail.applicant.number}</Descriptions.Item>
        <Descriptions.Item label={t('phone')}>{detail.applicant.phone || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('agent')}>
          {detail.agent
            ? `${detail.agent.name}${detail.agent.number ? `（${detail.agent.number}）` : ''}`
            : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('channel')}>
          {terms.label('channel', detail.channel)}{' '}
          {detail.routing.anyWindow && <Tag color="purple">{t('anyWindow')}</Tag>}
          {detail.counts.tolerant && <Tag color="orange">{t('tolerant')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('place')}>{detail.place ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('office')}>{detail.routing.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('submitted')}>{formatDateTime(detail.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('accepted')}>{formatDateTime(detail.acceptedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('promised')}>
          {formatDateTime(detail.promisedDeadline)}{' '}
          <ProvisionalMark provisional={detail.deadlinesProvisional} />
        </Descriptions.Item>
        <Descriptions.Item label={t('legal')}>
          {formatDateTime(detail.legalDeadline)}{' '}
          <ProvisionalMark provisional={detail.deadlinesProvisional && detail.legalDeadline !== null} />
        </Descriptions.Item>
        <Descriptions.Item label={t('result')}>
          {result ? `${result.resultName ?? ''} ${result.number ?? ''}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="" span={2}>
          {t('counts')
            .replace('{visits}', String(detail.counts.visits))
            .replace('{reused}', String(detail.counts.reusedMaterials))}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

/** The application form as the case holds it, labelled by its item version's form (a joint case's parent: the merged form). */
export function CaseForm({ detail }: { detail: CaseDetail }) {
  // The form's order first, then anything the case holds beyond it.
  const fields = detail.formFields;
  const keys = [
    ...fields.map((field) => field.key).filter((key) => key in detail.formData),
    ...Object.keys(detail.formData).filter((key) => !fields.some((field) => field.key === key)),
  ];
  const labelOf = (key: string) => fields.find((field) => field.key === key)?.label ?? key;
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
      {keys.map((key) => (
        <Descriptions.Item key={key} label={labelOf(key)}>
          {detail.formData[key] || '—'}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
