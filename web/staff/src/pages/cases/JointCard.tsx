import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../../../../common/locale';
import { STATUS_COLORS, useCaseTerms } from './caseTerms';
import type { CaseDetail } from './types';

type Joint = NonNullable<CaseDetail['joint']>;
type Child = NonNullable<Joint['children']>[number];

const messages = {
  children: ['联办子件', 'Items of this joint case'],
  lead: ['牵头部门：{name}', 'Lead office: {name}'],
  item: ['事项', 'Item'],
  department: ['办理部门', 'Office'],
  status: ['状态', 'Status'],
  step: ['当前环节', 'Current step'],
  daysLeft: ['剩余工作日', 'Working days left'],
  partOf: ['本件是“{bundle}”联办件的子件：', 'This case is part of the joint case “{bundle}”: '],
  together: [
    '办理结果随母件一并交付，领取和送达在母件上登记。',
    'Its result is delivered with the joint case’s; record the delivery there.',
  ],
  none: ['—', '—'],
} as const;

/** On a joint case's parent: every child with its office, status, step and days left; on a child: its parent. */
export function JointCard({ joint }: { joint: Joint }) {
  const t = useT(messages);
  const terms = useCaseTerms();
  if (!joint.children) {
    return joint.parent ? (
      <Card size="small">
        {t('partOf').replace('{bundle}', joint.bundleName)}
        <Link to={`/cases/${joint.parent.id}`}>{joint.parent.caseNumber}</Link>{' '}
        <Tag color={STATUS_COLORS[joint.parent.status]}>{terms.label('status', joint.parent.status)}</Tag>
        <Typography.Text type="secondary">{t('together')}</Typography.Text>
      </Card>
    ) : null;
  }
  return (
    <Card
      size="small"
      title={t('children')}
      extra={
        <Typography.Text type="secondary">
          {t('lead').replace('{name}', joint.leadDepartmentName)}
        </Typography.Text>
      }
      data-testid="joint-children"
    >
      <Table<Child>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={joint.children}
        columns={[
          {
            title: t('item'),
            render: (_, child) => (
              <>
                <Link to={`/cases/${child.id}`}>{child.itemName}</Link>
                <br />
                <Typography.Text type="secondary" className="joint-number">
                  {child.caseNumber}
                </Typography.Text>
              </>
            ),
          },
          { title: t('department'), dataIndex: 'departmentName' },
          {
            title: t('status'),
            render: (_, child) => (
              <Tag color={STATUS_COLORS[child.status]}>{terms.label('status', child.status)}</Tag>
            ),
          },
          {
            title: t('step'),
            render: (_, child) => child.openSteps.map((open) => open.stepName).join('、') || t('none'),
          },
          {
            title: t('daysLeft'),
            align: 'right',
            render: (_, child) => child.workingDaysLeft ?? t('none'),
          },
        ]}
      />
    </Card>
  );
}
