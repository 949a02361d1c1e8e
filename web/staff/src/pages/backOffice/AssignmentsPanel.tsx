import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { z } from 'zod';
import type { AssignmentView } from '../../../../../src/modules/workflow/settings/schemas';
import { del } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useApi } from '../../api/useApi';
import { useReportError } from '../../api/useReportError';
import { AddButton } from '../../components/AddButton';
import { commonMessages } from '../../i18n/commonMessages';
import { AssignmentDialog } from './AssignmentDialog';

type Assignment = z.infer<typeof AssignmentView>;

const messages = {
  explain: [
    '某事项的某环节，凡由指定受理机构受理的办件，该环节待办直接交给指定的人；此人停用或不再持有该环节的角色时，按事项目录的设置办理。',
    'For cases an initiating office took in, the step’s task goes straight to the named person; if they are disabled or no longer hold the step’s role, the catalogue’s setting applies.',
  ],
  add: ['新增指定', 'Name a handler'],
  item: ['事项', 'Item'],
  step: ['环节', 'Step'],
  office: ['受理机构（所在区划）', 'Initiating office (region)'],
  person: ['办理人', 'Handler'],
  department: ['办理部门', 'Department'],
  remove: ['删除', 'Remove'],
  confirmRemove: [
    '删除后，新到该环节的待办按事项目录的设置办理。确定删除吗？',
    'New tasks of the step will follow the catalogue again. Remove?',
  ],
  removed: ['已删除', 'Removed'],
  disabledPerson: ['已停用，不再生效', 'Disabled: not in effect'],
  empty: ['尚未指定办理人', 'No named handlers yet'],
} as const;

/** 指定办理人: the assignments the reader manages, with add and remove. */
export function AssignmentsPanel() {
  const t = useT(messages);
  const common = useT(commonMessages);
  const { message } = App.useApp();
  const reportError = useReportError();
  const list = useApi<{ items: Assignment[] }>('/api/back-office/assignments');
  const [adding, setAdding] = useState(false);

  const remove = async (assignment: Assignment) => {
    try {
      await del(`/api/back-office/assignments/${assignment.id}`);
      message.success(t('removed'));
      list.reload();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={16}>
        <Typography.Text type="secondary">{t('explain')}</Typography.Text>
        <AddButton onClick={() => setAdding(true)}>{t('add')}</AddButton>
      </Flex>
      <Table<Assignment>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t('empty') }}
        columns={[
          { title: t('item'), dataIndex: 'itemName' },
          { title: t('step'), dataIndex: 'stepName' },
          { title: t('office'), dataIndex: 'intakeRegionName' },
          {
            title: t('person'),
            render: (_, row) => (
              <>
                {row.staffName} {!row.staffActive && <Tag color="red">{t('disabledPerson')}</Tag>}
              </>
            ),
          },
          { title: t('department'), dataIndex: 'departmentName' },
          {
            title: common('actions'),
            render: (_, row) => (
              <Popconfirm title={t('confirmRemove')} onConfirm={() => remove(row)}>
                <Button type="link" size="small" danger>
                  {t('remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]}
      />
      <AssignmentDialog open={adding} onClose={() => setAdding(false)} onSaved={list.reload} />
    </Flex>
  );
}
