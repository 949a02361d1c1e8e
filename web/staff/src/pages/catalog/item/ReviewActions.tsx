import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { post } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { FormDialog } from '../../../components/FormDialog';
import { useRetained } from '../../../components/useRetained';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import type { ReviewDecision, ReviewStep, VersionStatus } from '../types';

const messages = {
  submit: ['提交审核', 'Submit for review'],
  first_check: ['初审通过', 'Pass first check'],
  joint_review: ['联审通过', 'Pass joint review'],
  confirm: ['确认发布', 'Confirm and publish'],
  return: ['退回', 'Return'],
  confirmSubmit: ['确认提交', 'Submit'],
  confirmPass: ['确认通过', 'Pass'],
  confirmPublish: ['确认发布', 'Publish'],
  confirmReturn: ['确认退回', 'Return to draft'],
  dialogTitle: ['{step} · {decision}', '{step} · {decision}'],
  pass: ['通过', 'pass'],
  opinion: ['审核意见', 'Opinion'],
  opinionOptional: ['选填', 'Optional'],
  opinionRequired: ['退回时须填写意见，说明需要修改的地方', 'Say what needs to change'],
  submitted: ['已提交审核', 'Submitted for review'],
  passed: ['已通过', 'Passed'],
  publishedDone: ['已确认发布', 'Published'],
  returned: ['已退回草稿', 'Returned to draft'],
  publishWarning: [
    '发布后该版本锁定，并替代此前发布的版本对外公布；之后如需修改须创建新版本。',
    'Publishing locks this version and replaces the published one; later changes need a new version.',
  ],
  returnWarning: [
    '退回后版本回到草稿，由部门修改后重新提交。',
    'The version goes back to draft for the department to revise.',
  ],
  crossCheck: [
    '本轮初审由 {name} 完成。联合审查须由另一名审核人员进行（双人交叉审核）。',
    '{name} made the first check; the joint review must be made by another reviewer.',
  ],
} as const;

/** The step the version's status waits for, and who may take it. */
const NEXT_STEP: Partial<Record<VersionStatus, { step: ReviewStep; by: 'editor' | 'reviewer' }>> = {
  draft: { step: 'submit', by: 'editor' },
  submitted: { step: 'first_check', by: 'reviewer' },
  first_checked: { step: 'joint_review', by: 'reviewer' },
  joint_reviewed: { step: 'confirm', by: 'editor' },
};

interface ReviewActionsProps {
  itemId: string;
  status: VersionStatus;
  canEdit: boolean;
  canReview: boolean;
  /** Who made the first check of this round, for the double cross-check hint. */
  firstChecker: string | undefined;
  currentUserName: string;
  onDone: () => void;
}

interface Decision {
  step: ReviewStep;
  decision: ReviewDecision;
}

/** The buttons for the pipeline step the user may take now, each confirmed in a dialog with an opinion. */
export function ReviewActions(props: ReviewActionsProps) {
  const { itemId, status, canEdit, canReview, firstChecker, currentUserName, onDone } = props;
  const t = useT(messages);
  const terms = useCatalogTerms();
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const shown = useRetained(deciding);
  const next = NEXT_STEP[status];
  const allowed = next && (next.by === 'editor' ? canEdit : canReview);
  if (!next || !allowed) return null;

  const returning = shown?.decision === 'return';
  const passText = {
    submit: t('confirmSubmit'),
    first_check: t('confirmPass'),
    joint_review: t('confirmPass'),
    confirm: t('confirmPublish'),
  };
  const doneText = {
    submit: t('submitted'),
    first_check: t('passed'),
    joint_review: t('passed'),
    confirm: t('publishedDone'),
  };
  const selfCheck =
    shown?.step === 'joint_review' && firstChecker !== undefined && firstChecker === currentUserName;

  return (
    <>
      <Button type="primary" onClick={() => setDeciding({ step: next.step, decision: 'pass' })}>
        {t(next.step)}
      </Button>
      {next.step !== 'submit' && (
        <Button danger onClick={() => setDeciding({ step: next.step, decision: 'return' })}>
          {t('return')}
        </Button>
      )}
      <FormDialog<{ opinion?: string }>
        name="review"
        variant="modal"
        open={deciding !== null}
        title={
          shown &&
          t('dialogTitle')
            .replace('{step}', terms.label('step', shown.step))
            .replace('{decision}', returning ? t('return') : t('pass'))
        }
        submitText={shown ? (returning ? t('confirmReturn') : passText[shown.step]) : undefined}
        successText={shown ? (returning ? t('returned') : doneText[shown.step]) : ''}
        onSubmit={({ opinion }) =>
          post(`/api/catalog/manage/items/${itemId}/review`, {
            step: shown?.step,
            decision: shown?.decision,
            opinion: opinion?.trim() ?? '',
          })
        }
        onClose={() => setDeciding(null)}
        onSaved={onDone}
      >
        {selfCheck && (
          <Alert
            type="warning"
            showIcon
            className="review-dialog-note"
            title={t('crossCheck').replace('{name}', firstChecker)}
          />
        )}
        {shown?.step === 'confirm' && !returning && (
          <Alert type="info" showIcon className="review-dialog-note" title={t('publishWarning')} />
        )}
        {returning && (
          <Alert type="warning" showIcon className="review-dialog-note" title={t('returnWarning')} />
        )}
        <Form.Item
          label={t('opinion')}
          name="opinion"
          extra={returning ? undefined : t('opinionOptional')}
          rules={returning ? [{ required: true, whitespace: true, message: t('opinionRequired') }] : []}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={1000} showCount />
        </Form.Item>
      </FormDialog>
    </>
  );
}
