import { ScanOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Table } from 'antd';
import { useT } from '../../../../common/locale';
import { formatDateTime } from '../../components/format';
import type { ItemContent } from '../catalog/types';
import { type MaterialEntry, RecordButtons, ReuseOffers } from './MaterialCells';
import { MaterialChecks, MaterialName, MaterialStateTag } from './MaterialLabels';
import type { CheckedMaterial, MaterialCheck } from './types';

const messages = {
  material: ['材料', 'Material'],
  state: ['状态', 'State'],
  checks: ['收件核验要点', 'What to check'],
  offers: ['可复用', 'Reusable'],
  actions: ['登记', 'Record'],
  scan: ['扫描', 'Scan'],
  problems: ['缺少或不符合要求：', 'Missing or defective: '],
  complete: ['材料齐全，可以受理', 'Every material is in; the case may be accepted'],
  completeWaived: [
    '可以受理：仍有的问题一次性告知书未列明，依法不得再要求',
    'May be accepted: what is still wrong was not named in the one-time notice, so it may not be asked for',
  ],
  firstNotice: ['已于 {at} 出具一次性告知书 {number}', 'One-time notice {number} issued on {at}'],
  due: ['须于 {due} 前补交', 'Due by {due}'],
  waived: [
    '一次性告知书未列明：不得再要求申请人补交，不影响受理',
    'Not named in the one-time notice: it may not be asked for and does not stop acceptance',
  ],
  visit: [
    '申请人本次到窗口办理（计入跑动次数）',
    'The applicant came to the window for this (counts as a visit)',
  ],
  newArrival: [
    '申请人今天的跑动已计入；离开后又再次到窗口才勾选（再计一次）',
    'Today’s visit is already counted; tick only if the applicant left and came back (counts another visit)',
  ],
} as const;

interface Props {
  check: MaterialCheck;
  content: ItemContent | undefined;
  open: boolean;
  /** Accepted: only promised materials are still taken in (scanned or handed over). */
  accepted: boolean;
  busy: string | null;
  visit: boolean;
  /** Today's trip is already counted: the box then records a new arrival. */
  visitedToday: boolean;
  onVisitChange: (visit: boolean) => void;
  onRecord: (entry: MaterialEntry) => void;
  onScan: (material: CheckedMaterial) => void;
}

/** The checklist at the window: each material's state, the clerk's checks, the reuse offers one click away. */
export function MaterialsPanel(props: Props) {
  const { check, content, open, accepted, busy, visit, visitedToday, onVisitChange, onRecord, onScan } =
    props;
  const t = useT(messages);
  const checksOf = (key: string) => content?.materials.find((material) => material.key === key)?.checks ?? [];

  return (
    <>
      {open && (
        <Alert
          className="dialog-note"
          showIcon
          type={check.problems.length > 0 ? 'warning' : 'success'}
          title={
            check.problems.length > 0
              ? t('problems') + check.problems.map((problem) => problem.name).join('、')
              : check.materials.some((material) => material.waived)
                ? t('completeWaived')
                : t('complete')
          }
          description={
            check.firstNotice
              ? t('firstNotice')
                  .replace('{at}', formatDateTime(check.firstNotice.issuedAt))
                  .replace('{number}', check.firstNotice.number)
              : undefined
          }
        />
      )}
      {open && check.firstNotice && (
        <Checkbox
          checked={visit}
          onChange={(event) => onVisitChange(event.target.checked)}
          className="visit-box"
        >
          {t(visitedToday ? 'newArrival' : 'visit')}
        </Checkbox>
      )}
      <Table<CheckedMaterial>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={check.materials}
        rowClassName={(material) => (material.problem ? 'material-problem' : '')}
        columns={[
          {
            title: t('material'),
            key: 'name',
            render: (_, material) => <MaterialName material={material} />,
          },
          {
            title: t('state'),
            key: 'state',
            width: 170,
            render: (_, material) => (
              <Flex vertical gap={2}>
                <span>
                  <MaterialStateTag materialKey={material.key} state={material.state} />
                </span>
                {material.reason && <span className="material-reason">{material.reason}</span>}
                {material.waived && <span className="table-note">{t('waived')}</span>}
                {material.promisedDue && (
                  <span className="table-note">{t('due').replace('{due}', material.promisedDue)}</span>
                )}
              </Flex>
            ),
          },
          {
            title: t('checks'),
            key: 'checks',
            render: (_, material) => <MaterialChecks checks={checksOf(material.key)} />,
          },
          {
            title: t('offers'),
            key: 'offers',
            render: (_, material) => (
              <ReuseOffers material={material} open={open} busy={busy} onRecord={onRecord} />
            ),
          },
          {
            title: t('actions'),
            key: 'actions',
            width: 300,
            render: (_, material) => {
              const promised = accepted && material.state === 'promised';
              if (!open && !promised) return null;
              return (
                <Flex gap={4} wrap>
                  <Button
                    size="small"
                    icon={<ScanOutlined />}
                    onClick={() => onScan(material)}
                    data-testid={`scan-${material.key}`}
                  >
                    {t('scan')}
                  </Button>
                  {open && <RecordButtons material={material} busy={busy} onRecord={onRecord} />}
                </Flex>
              );
            },
          },
        ]}
      />
    </>
  );
}
