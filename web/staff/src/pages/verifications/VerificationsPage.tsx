import { Button, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../common/locale';
import { useApi, withQuery } from '../../api/useApi';
import { formatDate } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { useServerPaging } from '../../components/pagination';
import { AttachmentLinks, verificationAttachmentUrl } from '../tasks/attachments/AttachmentLinks';
import { caseColumn, VerificationAnswer, WhoWhen } from '../tasks/clock/ClockCells';
import { verificationFileUrl } from '../tasks/clock/clockTerms';
import type { VerificationView } from '../tasks/clock/types';
import { AnswerVerificationDialog } from './AnswerVerificationDialog';
import './verifications.css';

const messages = {
  title: ['核验请求', 'Verification requests'],
  description: [
    '其他部门请本部门核实的情况：在答复期限内回复“属实”或“不属实”，回复写入办件记录；申请人不必另开证明。',
    'Facts other departments ask yours to confirm: answer by the due date; the answer joins the case history, and the applicant needs no certificate.',
  ],
  incoming: ['请本部门核验', 'Asked of us'],
  outgoing: ['本部门发出', 'Asked by us'],
  open: ['待回复', 'Waiting'],
  answered: ['已回复', 'Answered'],
  case: ['办件', 'Case'],
  from: ['提问部门', 'Asked by'],
  to: ['核验部门', 'Asked of'],
  question: ['核验事项', 'Question'],
  due: ['答复期限', 'Due'],
  overdue: ['已超期', 'Overdue'],
  result: ['结论', 'Answer'],
  answer: ['回复', 'Answer'],
  empty: ['暂无核验请求', 'No requests'],
} as const;

type Box = 'incoming' | 'outgoing';
type State = 'open' | 'answered';

/** 核验请求: the requests to the user's departments (their small inbox), and those they sent. */
export function VerificationsPage() {
  const t = useT(messages);
  const [box, setBox] = useState<Box>('incoming');
  const [state, setState] = useState<State>('open');
  const [answering, setAnswering] = useState<VerificationView | null>(null);
  const { paging, toFirstPage, pagination } = useServerPaging(20);
  const list = useApi<{ items: VerificationView[]; total: number }>(
    withQuery('/api/verifications', { box, state, page: paging.page, pageSize: paging.pageSize }),
  );

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      toolbar={
        <>
          <Segmented<Box>
            value={box}
            onChange={(value) => {
              setBox(value);
              toFirstPage();
            }}
            options={[
              { value: 'incoming', label: t('incoming') },
              { value: 'outgoing', label: t('outgoing') },
            ]}
          />
          <Segmented<State>
            value={state}
            onChange={(value) => {
              setState(value);
              toFirstPage();
            }}
            options={[
              { value: 'open', label: t('open') },
              { value: 'answered', label: t('answered') },
            ]}
          />
        </>
      }
    >
      <Table<VerificationView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items}
        pagination={pagination(list.data?.total)}
        locale={{ emptyText: t('empty') }}
        columns={[
          caseColumn(t('case')),
          {
            title: box === 'incoming' ? t('from') : t('to'),
            key: 'department',
            width: 200,
            render: (_, row) => (
              <WhoWhen
                head={box === 'incoming' ? row.fromDepartmentName : row.toDepartmentName}
                name={row.askedByName}
                at={row.askedAt}
              />
            ),
          },
          {
            title: t('question'),
            key: 'question',
            render: (_, row) => (
              <>
                <div>{row.question}</div>
                {row.files.map((file) => (
                  <Typography.Link key={file.id} href={verificationFileUrl(row.id, file.id)} target="_blank">
                    {file.name}{' '}
                  </Typography.Link>
                ))}
                <AttachmentLinks urlOf={verificationAttachmentUrl(row.id)} attachments={row.attachments} />
              </>
            ),
          },
          {
            title: t('due'),
            key: 'due',
            width: 130,
            render: (_, row) => (
              <>
                <div>{formatDate(row.dueAt)}</div>
                {row.overdue && <Tag color="red">{t('overdue')}</Tag>}
              </>
            ),
          },
          state === 'open'
            ? {
                title: t('answer'),
                key: 'act',
                width: 90,
                render: (_, row) =>
                  row.mayAnswer && (
                    <Button type="primary" size="small" onClick={() => setAnswering(row)}>
                      {t('answer')}
                    </Button>
                  ),
              }
            : {
                title: t('result'),
                key: 'result',
                width: 260,
                render: (_, row) => <VerificationAnswer row={row} />,
              },
        ]}
      />
      <AnswerVerificationDialog
        request={answering}
        onClose={() => setAnswering(null)}
        onAnswered={list.reload}
      />
    </PageSection>
  );
}
