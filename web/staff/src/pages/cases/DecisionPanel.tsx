import { App, Button, Flex, type FormInstance, Tooltip } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { atIntake, type CaseAct } from '../../../../../src/shared/case-lifecycle';
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
import { useReplaceHeld } from './useReplaceHeld';

const messages = {
  accept: ['受理', 'Accept'],
  tolerant: ['容缺受理', 'Accept tolerantly'],
  notice: ['一次性告知', 'One-time notice'],
  refuse: ['不予受理', 'Refuse'],
  complete: ['当场办结', 'Complete on the spot'],
  acceptWhy: [
    '材料齐全（网上申请须先核验申请人身份）后才能受理',
    'Accept once every material is in (and, online, the identity is checked)',
  ],
  tolerantWhy: ['仅缺次要材料时可以容缺受理', 'Only when nothing but secondary materials is missing'],
  noticeWhy: [
    '没有需要告知的新问题：材料齐全，或已告知的材料仍待补正（可重新打印已出具的告知书）',
    'Nothing new to tell: every material is in, or what was told is still awaited (reprint the notice)',
  ],
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
  // The server lists what it allows now (the lifecycle table and the materials); nothing else is offered.
  const open = atIntake(detail.status);
  const may = (act: CaseAct) => detail.acts.includes(act);
  const onTheSpot = detail.item.handlingKind === 'on_the_spot';

  const replaceHeld = useReplaceHeld();
  const decide = async (
    decision: Decision,
    extra: object = {},
    form?: FormInstance,
    remap = (e: unknown) => e,
  ) => {
    const issued = await act.run<Issued>(
      decision,
      () =>
        replaceHeld((replace) =>
          caseActs.decide(detail.id, decision, {
            version: check.version,
            windowId,
            ...extra,
            ...(replace ? { replaceHeld: true } : {}),
          }),
        ).catch((error) => {
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
          may('accept'),
          t('acceptWhy'),
          <Button
            type="primary"
            disabled={!may('accept')}
            loading={act.busy === 'accept'}
            onClick={() => decide('accept')}
          >
            {t('accept')}
          </Button>,
        )}
      {open &&
        !onTheSpot &&
        guarded(
          may('accept_tolerantly'),
          t('tolerantWhy'),
          <Button disabled={!may('accept_tolerantly')} onClick={() => setDialog('tolerant')}>
            {t('tolerant')}
          </Button>,
        )}
      {open &&
        guarded(
          may('missing_notice'),
          t('noticeWhy'),
          <Button
            disabled={!may('missing_notice')}
            loading={act.busy === 'missing-notice'}
            onClick={confirmNotice}
          >
            {t('notice')}
          </Button>,
        )}
      {may('refuse') && (
        <Button danger onClick={() => setDialog('refuse')}>
          {t('refuse')}
        </Button>
      )}
      {may('complete') && (
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
