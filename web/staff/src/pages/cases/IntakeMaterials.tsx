import { Alert, Button, Flex, Table, Tag, Typography } from 'antd';
import { useT } from '../../../../common/locale';
import type { Bundle } from './BundleChoice';
import { type MaterialEntry, RecordButtons } from './MaterialCells';
import { MaterialChecks, MaterialName, MaterialStateTag } from './MaterialLabels';

type MergedMaterial = Bundle['merged']['materials'][number];
export type RecordedMaterials = Record<string, MaterialEntry>;

const messages = {
  material: ['材料', 'Material'],
  neededBy: ['用于：', 'For: '],
  state: ['状态', 'State'],
  checks: ['收件核验要点', 'What to check'],
  actions: ['登记', 'Record'],
  unrecorded: ['未登记', 'Not recorded'],
  allProvided: ['必需材料全部已收', 'All required papers received'],
  held: [
    '未登记的必需材料：申请人持有电子证照或在材料库中确认过可复用材料的，发起后自动调取、免交纸质件；其余按缺少处理，可在办件页一次性告知。',
    'Required papers left unrecorded are taken from the applicant’s e-certificates or confirmed materials when they hold one; the rest count as missing and can go in the one-time notice.',
  ],
} as const;

/** The item's name without its bracketed qualifier, short enough to list beside a paper. */
const shortName = (name: string) => name.replace(/（[^）]*）|\([^)]*\)/g, '');

/**
 * The bundle's one material list at the window, recorded before the case
 * exists: each paper once, with the items that need it; the clerk marks what
 * was handed over with the same buttons as on a case's checklist.
 */
export function IntakeMaterials({
  items,
  materials,
  value = {},
  onChange,
}: {
  items: Bundle['items'];
  materials: MergedMaterial[];
  value?: RecordedMaterials;
  onChange?: (value: RecordedMaterials) => void;
}) {
  const t = useT(messages);
  const record = (entry: MaterialEntry) => onChange?.({ ...value, [entry.key]: entry });
  const itemName = (itemId: string) => shortName(items.find((item) => item.itemId === itemId)?.name ?? '');
  const allProvided = () =>
    onChange?.({
      ...value,
      ...Object.fromEntries(
        materials
          .filter((material) => material.required)
          .map((material) => [material.key, { key: material.key, state: 'provided' }]),
      ),
    });

  return (
    <>
      <Alert className="dialog-note" showIcon type="info" title={t('held')} />
      <Table<MergedMaterial>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={materials}
        columns={[
          {
            title: t('material'),
            key: 'name',
            render: (_, material) => (
              <MaterialName material={material}>
                <Typography.Text type="secondary">
                  {t('neededBy')}
                  {material.itemIds.map((itemId) => (
                    <Tag key={itemId} className="material-item-tag">
                      {itemName(itemId)}
                    </Tag>
                  ))}
                </Typography.Text>
              </MaterialName>
            ),
          },
          {
            title: t('checks'),
            key: 'checks',
            render: (_, material) => <MaterialChecks checks={material.checks} />,
          },
          {
            title: t('state'),
            key: 'state',
            width: 150,
            render: (_, material) => {
              const entry = value[material.key];
              return entry ? (
                <Flex vertical gap={2}>
                  <span>
                    <MaterialStateTag materialKey={material.key} state={entry.state} />
                  </span>
                  {entry.reason && <span className="material-reason">{entry.reason}</span>}
                </Flex>
              ) : (
                <Tag data-testid={`material-state-${material.key}`}>{t('unrecorded')}</Tag>
              );
            },
          },
          {
            title: (
              <Flex justify="space-between" align="center" gap={8}>
                {t('actions')}
                <Button size="small" onClick={allProvided}>
                  {t('allProvided')}
                </Button>
              </Flex>
            ),
            key: 'actions',
            width: 300,
            render: (_, material) => (
              <RecordButtons
                material={{ ...material, state: value[material.key]?.state }}
                busy={null}
                onRecord={record}
              />
            ),
          },
        ]}
      />
    </>
  );
}
