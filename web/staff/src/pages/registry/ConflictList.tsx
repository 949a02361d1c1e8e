import { Alert, App, Button, List, Popconfirm, Space, Typography } from 'antd';
import type { SubjectKind } from '../../../../../src/shared/registry-fields';
import { type ApiError, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useReportError } from '../../api/useReportError';
import { useStaffUser } from '../../session/SessionProvider';
import type { SubjectProfileData } from './types';
import { useFieldText } from './useFieldText';

const messages = {
  title: ['来源数据不一致，待核实', 'Sources disagree — to be checked'],
  kept: ['现用', 'In use'],
  other: ['另一来源', 'Other source'],
  keep: ['确认现用值', 'Keep current'],
  replace: ['改用另一来源', 'Use the other'],
  confirmReplace: ['用另一来源的值替换现用值？', 'Replace the value in use with the other source’s?'],
  done: ['已处理', 'Settled'],
} as const;

/** Fields two source systems disagree on, with both values, sources and dates; data administrators settle them. */
export function ConflictList({
  kind,
  conflicts,
  onResolved,
}: {
  kind: SubjectKind;
  conflicts: SubjectProfileData['conflicts'];
  onResolved: () => void;
}) {
  const t = useT(messages);
  const text = useFieldText(kind);
  const { message } = App.useApp();
  const reportError = useReportError();
  const canResolve = useStaffUser().permissions.includes('registry.manage');
  if (conflicts.length === 0) return null;

  const resolve = async (id: number, resolution: 'kept' | 'replaced') => {
    try {
      await post(`/api/registry/conflicts/${id}/resolve`, { resolution });
      message.success(t('done'));
      onResolved();
    } catch (error) {
      reportError(error as ApiError);
    }
  };

  return (
    <Alert
      type="warning"
      showIcon
      className="registry-conflicts"
      message={t('title')}
      description={
        <List
          size="small"
          dataSource={conflicts}
          renderItem={(conflict) => (
            <List.Item
              actions={
                canResolve
                  ? [
                      <Button key="keep" size="small" onClick={() => resolve(conflict.id, 'kept')}>
                        {t('keep')}
                      </Button>,
                      <Popconfirm
                        key="replace"
                        title={t('confirmReplace')}
                        onConfirm={() => resolve(conflict.id, 'replaced')}
                      >
                        <Button size="small">{t('replace')}</Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{text.label(conflict.field)}</Typography.Text>
                <Typography.Text>
                  {t('kept')}：{text.value(conflict.field, conflict.keptValue)}（{conflict.keptSource} ·{' '}
                  {conflict.keptAsOf}）
                </Typography.Text>
                <Typography.Text type="secondary">
                  {t('other')}：{text.value(conflict.field, conflict.otherValue)}（{conflict.otherSource} ·{' '}
                  {conflict.otherAsOf}）
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      }
    />
  );
}
