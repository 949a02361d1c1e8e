import { App, Button, Flex, type FormInstance, Tooltip } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { caseActs, type Decision, documentPath } from './caseApi';
import {
  CompleteDialog,
  type CompleteValues,
  RefuseDialog,
  type RefuseValues,
  TolerantDialog,
  type TolerantValues,
} from './DecisionDialogs';
import type { CaseDetail, Issued, MaterialCheck } from './types';
import type { useCaseAct } from './useCaseAct';

const messages = {
  accept: ['受理', 'Accept'],
  tolerant: ['容缺受理', 'Accept tolerantly'],
  notice: ['一次性告知', 'One-time notice'],
  refuse: ['不予受理', 'Refuse'],
  complete: ['当场办结', 'Complete on the spot'],
  acceptWhy: ['材料齐全后才能受理', 'Accept once every material is in'],
  tolerantWhy: ['仅缺次要材料时可以容缺受理', 'Only when nothing but secondary materials is missing'],
  noticeWhy: ['没有缺少或不符合要求的材料', 'Nothing is missing or defective'],
  noticeTitle: ['出具一次性告知书？', 'Issue the one-time notice?'],
  noticeList: ['告知书将列明以下全部需补正的材料：', 'The notice lists everything to be supplied:'],
  issued: ['已出具', 'Issued'],
  print: ['打印', 'Print'],
  later: ['稍后', 'Later'],
} as const;

interface Props {
  detail: CaseDetail;
  check: MaterialCheck;
  windowId: string | undefined;
  act: ReturnType<typeof useCaseAct>;
}

/** Commitments' field problems belong to the dialog's two fields. */
const commitmentField = (error: unknown) =>
  error instanceof ApiError
    ? new ApiError(
        error.status,
        error.code,
        error.message,
        error.fieldProblems.map((problem) => ({
          ...problem,
          field: problem.field.startsWith('commitments')
            ? problem.field.endsWith('due')
              ? 'due'
              : 'keys'
            : problem.field,
        })),
      )
    : error;

/** The intake decisions, each enabled as the rules allow; each issues its document, offered for printing. */
export function DecisionPanel({ detail, check, windowId, act }: Props) {
  const t = useT(messages);
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'tolerant' | 'refuse' | 'complete' | null>(null);
  const open = check.status === 'submitted' || check.status === 'awaiting_materials';
  const onTheSpot = detail.item.handlingKind === 'on_the_spot';

  const decide = async (
    decision: Decision,
    extra: object = {},
    form?: FormInstance,
    remap = (e: unknown) => e,
  ) => {
    const issued = await act.run<Issued>(
      decision,
      () =>
        caseActs
          .decide(detail.id, decision, { version: check.version, windowId, ...extra })
          .catch((error) => {
            throw remap(error);
          }),
      form,
    );
    if (!issued) return;
    setDialog(null);
    modal.confirm({
      title: `${t('issued')}《${issued.document.title}》`,
      content: issued.document.number,
      okText: t('print'),
      cancelText: t('later'),
      onOk: () => navigate(documentPath(detail.id, issued.document.id)),
    });
  };

  const confirmNotice = () =>
    modal.confirm({
      title: t('noticeTitle'),
      content: (
        <div>
          {t('noticeList')}
          <ol>
            {check.problems.map((problem) => (
              <li key={problem.key}>
                {problem.name}
                {problem.reason ? `（${problem.reason}）` : ''}
              </li>
            ))}
          </ol>
        </div>
      ),
      onOk: () => decide('missing-notice'),
    });

  const guarded = (enabled: boolean, why: string, button: React.ReactNode) =>
    enabled ? button : <Tooltip title={why}>{button}</Tooltip>;

  return (
    <Flex gap={8} wrap className="decision-bar">
      {open &&
        guarded(
          check.canAccept,
          t('acceptWhy'),
          <Button
            type="primary"
            disabled={!check.canAccept}
            loading={act.busy === 'accept'}
            onClick={() => decide('accept')}
          >
            {t('accept')}
          </Button>,
        )}
      {open &&
        !onTheSpot &&
        guarded(
          check.canTolerate,
          t('tolerantWhy'),
          <Button disabled={!check.canTolerate} onClick={() => setDialog('tolerant')}>
            {t('tolerant')}
          </Button>,
        )}
      {open &&
        guarded(
          check.problems.length > 0,
          t('noticeWhy'),
          <Button
            disabled={check.problems.length === 0}
            loading={act.busy === 'missing-notice'}
            onClick={confirmNotice}
          >
            {t('notice')}
          </Button>,
        )}
      {open && (
        <Button danger onClick={() => setDialog('refuse')}>
          {t('refuse')}
        </Button>
      )}
      {detail.status === 'accepted' && onTheSpot && (
        <Button type="primary" onClick={() => setDialog('complete')}>
          {t('complete')}
        </Button>
      )}
      <TolerantDialog
        check={check}
        open={dialog === 'tolerant'}
        busy={act.busy === 'accept-tolerantly'}
        onCancel={() => setDialog(null)}
        onSubmit={(values: TolerantValues, form) =>
          decide(
            'accept-tolerantly',
            {
              commitments: values.keys.map((key) => ({ key, due: values.due.format('YYYY-MM-DD') })),
              commitmentText: values.commitmentText?.trim() || undefined,
              signed: values.signed,
            },
            form,
            commitmentField,
          )
        }
      />
      <RefuseDialog
        open={dialog === 'refuse'}
        busy={act.busy === 'refuse'}
        onCancel={() => setDialog(null)}
        onSubmit={(values: RefuseValues, form) =>
          decide(
            'refuse',
            {
              reasons: values.reasons
                .split('\n')
                .map((line) => line.trim())
                .filter(Boolean),
              legalBasis: values.legalBasis?.trim() ?? '',
            },
            form,
          )
        }
      />
      <CompleteDialog
        open={dialog === 'complete'}
        busy={act.busy === 'complete'}
        onCancel={() => setDialog(null)}
        onSubmit={(values: CompleteValues, form) =>
          decide(
            'complete',
            { resultNumber: values.resultNumber?.trim() || undefined, note: values.note?.trim() ?? '' },
            form,
          )
        }
      />
    </Flex>
  );
}
