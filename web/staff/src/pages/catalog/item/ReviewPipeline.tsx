import { Alert, Steps, type StepsProps, Tag, Timeline, Typography } from 'antd';
import { REVIEW_STEPS } from '../../../../../../src/modules/catalog/review-pipeline';
import { useT } from '../../../../../common/locale';
import { formatDateTime } from '../../../components/format';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import type { ItemVersionWithReviews, ReviewRecord, ReviewStep, VersionStatus } from '../types';

const messages = {
  published: ['已发布', 'Published'],
  returnedTitle: [
    '第{v}版已被退回，请修改后重新提交',
    'Version {v} was returned; revise it and submit again',
  ],
  returnedBy: ['{name} 于 {at} 在“{step}”退回：{opinion}', '{name} returned it at {step} on {at}: {opinion}'],
  history: ['审核记录', 'Review record'],
  noHistory: ['尚无审核记录', 'No reviews yet'],
  pass: ['通过', 'Passed'],
  submitted: ['已提交', 'Submitted'],
  return: ['退回', 'Returned'],
  noOpinion: ['（无意见）', '(no opinion)'],
  waiting: ['待办理', 'Waiting'],
} as const;

/** Where each status stands in 部门提交 → 目录办初审 → 联合审查 → 部门确认 → 已发布. */
const POSITION: Record<VersionStatus, number> = {
  draft: 0,
  submitted: 1,
  first_checked: 2,
  joint_reviewed: 3,
  published: 4,
  superseded: 4,
};

/** The records since the latest submission: the round the pipeline is in now. */
function currentRound(reviews: readonly ReviewRecord[]): ReviewRecord[] {
  const start = reviews.map((review) => review.step).lastIndexOf('submit');
  return start < 0 ? [] : reviews.slice(start);
}

/** The review pipeline of one version: where it stands, who passed each step, and every record. */
export function ReviewPipeline({ version }: { version: ItemVersionWithReviews }) {
  const t = useT(messages);
  const terms = useCatalogTerms();
  const { reviews, status } = version;
  const lastReview = reviews.at(-1);
  const returned = status === 'draft' && lastReview?.decision === 'return' ? lastReview : undefined;
  const round = returned ? [] : currentRound(reviews);
  const current = POSITION[status];

  const describe = (step: ReviewStep, index: number) => {
    const record = round.filter((review) => review.step === step).at(-1);
    if (record) {
      return (
        <div className="review-step-record">
          <div>{record.actorName}</div>
          <div className="table-note">{formatDateTime(record.at)}</div>
          {record.opinion && <div className="review-step-opinion">“{record.opinion}”</div>}
        </div>
      );
    }
    return index === current ? <span className="table-note">{t('waiting')}</span> : null;
  };
  const items: StepsProps['items'] = [
    ...REVIEW_STEPS.map((step, index) => ({
      title: terms.label('step', step),
      content: describe(step, index),
    })),
    {
      title: t('published'),
      content: version.publishedAt ? (
        <span className="table-note">{formatDateTime(version.publishedAt)}</span>
      ) : null,
    },
  ];
  const opinionOf = (review: ReviewRecord) => review.opinion || t('noOpinion');

  return (
    <div className="review-pipeline" data-testid="review-pipeline">
      {returned && (
        <Alert
          type="warning"
          showIcon
          className="review-returned"
          title={t('returnedTitle').replace('{v}', String(version.version))}
          description={t('returnedBy')
            .replace('{name}', returned.actorName)
            .replace('{at}', formatDateTime(returned.at))
            .replace('{step}', terms.label('step', returned.step))
            .replace('{opinion}', returned.opinion)}
        />
      )}
      <Steps
        current={current}
        status={current === 4 ? 'finish' : 'process'}
        items={items}
        className="review-steps"
      />
      <Typography.Title level={5} className="review-history-title">
        {t('history')}
      </Typography.Title>
      {reviews.length === 0 ? (
        <Typography.Text type="secondary">{t('noHistory')}</Typography.Text>
      ) : (
        <Timeline
          items={reviews.map((review, index) => ({
            key: `${review.at}-${index}`,
            color: review.decision === 'return' ? 'red' : 'green',
            content: (
              <div>
                <Typography.Text strong>{terms.label('step', review.step)}</Typography.Text>{' '}
                <Tag color={review.decision === 'return' ? 'red' : 'green'}>
                  {review.decision === 'return'
                    ? t('return')
                    : review.step === 'submit'
                      ? t('submitted')
                      : t('pass')}
                </Tag>
                <span className="table-note">
                  {review.actorName} · {formatDateTime(review.at)}
                </span>
                {(review.opinion || review.decision === 'return') && (
                  <div className="review-history-opinion">{opinionOf(review)}</div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </div>
  );
}
