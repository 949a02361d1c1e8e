import { Button, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ExtensionState } from '../../../../../src/shared/clock-terms';
import { useT } from '../../../../common/locale';
import { useApi, withQuery } from '../../api/useApi';
import { formatDate } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { useServerPaging } from '../../components/pagination';
import { caseColumn, WhoWhen } from '../tasks/clock/ClockCells';
import { EXTENSION_COLORS, useClockTerms } from '../tasks/clock/clockTerms';
import type { ExtensionView } from '../tasks/clock/types';
import '../tasks/clock/clock.css';
import { ExtensionDecisionDialog } from './ExtensionDecisionDialog';

const messages = {
  title: ['延期审批', 'Extension approvals'],
  description: [
    '本部门办件延长法定办理期限的申请（《行政许可法》第四十二条：经负责人批准可延长十个工作日，每件限一次）',
    'Requests to extend the legal limit of your departments’ cases (art. 42: ten working days, once, with a leader’s approval)',
  ],
  case: ['办件', 'Case'],
  requested: ['申请', 'Requested'],
  extent: ['延长', 'By'],
  days: ['{n} 个工作日', '{n} working formatDate(s)'],
  reason: ['延期理由', 'Reasons'],
  legal: ['法定办结期限', 'Legal limit'],
  ifApproved: ['批准后约至 {date}', 'About {date} if approved'],
  after: ['延期后 {date}', 'Now {date}'],
  decided: ['审批', 'Decided'],
  actions: ['操作', 'Actions'],
  approve: ['批准', 'Approve'],
  reject: ['不批准', 'Refuse'],
  empty: ['暂无延期申请', 'No requests'],
} as const;

/** 延期审批: the extension requests of the departments the user leads, pending first. */
export function ExtensionsPage() {
  const t = useT(messages);
  const terms = useClockTerms();
  const [state, setState] = useState<ExtensionState>('requested');
  const [decision, setDecision] = useState<{ extension: ExtensionView; approve: boolean } | null>(null);
  const { paging, toFirstPage, pagination } = useServerPaging(20);
  const list = useApi<{ items: ExtensionView[]; total: number }>(
    withQuery('/api/extensions', { state, page: paging.page, pageSize: paging.pageSize }),
  );

  return (
    <PageSection
      title={t('title')}
      description={t('description')}
      toolbar={
        <Segmented<ExtensionState>
          value={state}
          onChange={(value) => {
            setState(value);
            toFirstPage();
          }}
          options={(['requested', 'approved', 'rejected'] as const).map((value) => ({
            value,
            label: terms.label('extension', value),
          }))}
        />
      }
    >
      <Table<ExtensionView>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items}
        pagination={pagination(list.data?.total)}
        locale={{ emptyText: t('empty') }}
        columns={[
          caseColumn(t('case')),
          {
            title: t('requested'),
            key: 'requested',
            width: 200,
            render: (_, row) => (
              <WhoWhen head={row.departmentName} name={row.requestedByName} at={row.requestedAt} />
            ),
          },
          {
            title: t('extent'),
            key: 'days',
            width: 110,
            render: (_, row) => t('days').replace('{n}', String(row.workingDays)),
          },
          { title: t('reason'), dataIndex: 'reason' },
          {
            title: t('legal'),
            key: 'legal',
            width: 170,
            render: (_, row) => (
              <>
                <div>
                  {formatDate(row.state === 'approved' ? row.legalDeadlineBefore : row.legalDeadline)}
                </div>
                {row.legalDeadlineIfApproved && (
                  <Typography.Text type="warning">
                    {t('ifApproved').replace('{date}', formatDate(row.legalDeadlineIfApproved))}
                  </Typography.Text>
                )}
                {row.legalDeadlineAfter && (
                  <Typography.Text type="success">
                    {t('after').replace('{date}', formatDate(row.legalDeadlineAfter))}
                  </Typography.Text>
                )}
              </>
            ),
          },
          state === 'requested'
            ? {
                title: t('actions'),
                key: 'act',
                width: 150,
                render: (_, row) => (
                  <Flex gap={8}>
                    <Button
                      type="primary"
                      size="small"
                      onClick={() => setDecision({ extension: row, approve: true })}
                    >
                      {t('approve')}
                    </Button>
                    <Button
                      size="small"
                      danger
                      onClick={() => setDecision({ extension: row, approve: false })}
                    >
                      {t('reject')}
                    </Button>
                  </Flex>
                ),
              }
            : {
                title: t('decided'),
                key: 'decided',
                width: 220,
                render: (_, row) => (
                  <>
                    <Tag color={EXTENSION_COLORS[row.state]}>{terms.label('extension', row.state)}</Tag>
                    <WhoWhen head={row.decisionNote} name={row.decidedByName} at={row.decidedAt} />
                  </>
                ),
              },
        ]}
      />
      <ExtensionDecisionDialog
        decision={decision}
        onClose={() => setDecision(null)}
        onDecided={list.reload}
      />
    </PageSection>
  );
}
