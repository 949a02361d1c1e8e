import { Form, Input, InputNumber, Typography } from 'antd';
import { childRegionLevel, regionCodeLength } from '../../../../../src/shared/region-code';
import { patch, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { Region } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { NameField } from '../../components/formFields';
import { useRetained } from '../../components/useRetained';
import { commonMessages } from '../../i18n/commonMessages';
import { useLabels } from '../../i18n/useLabels';

const messages = {
  createTitle: ['新增下级区划', 'Add sub-region'],
  createDistrictTitle: ['新增区（县）', 'Add district'],
  editTitle: ['编辑区划', 'Edit region'],
  parent: ['上级区划', 'Parent region'],
  newLevel: ['新区划层级', 'New region level'],
  code: ['区划代码', 'Region code'],
  codeRequired: ['请输入区划代码', 'Enter the region code'],
  codeShape: ['{level}代码为{n}位数字', '{level} codes have {n} digits'],
  codePrefix: ['须以上级代码 {code} 开头', 'Must start with the parent code {code}'],
  name: ['区划名称', 'Region name'],
  nameRequired: ['请输入名称（至少2个字）', 'Enter a name (2+ characters)'],
  sortOrder: ['排序', 'Sort order'],
  sortHint: ['数字越小越靠前', 'Smaller numbers come first'],
} as const;

interface RegionFields {
  code: string;
  name: string;
  sortOrder: number;
}

/** Adding a child of `parent` (null = a new district), or editing `region`. */
export type RegionEditing = { parent: Region | null; nextSortOrder: number } | { region: Region };

interface RegionFormDialogProps {
  editing: RegionEditing | null;
  onClose: () => void;
  onSaved: () => void;
}

export function RegionFormDialog({ editing, onClose, onSaved }: RegionFormDialogProps) {
  const t = useT(messages);
  const common = useT(commonMessages);
  const labels = useLabels();
  const shown = useRetained(editing);
  const region = shown && 'region' in shown ? shown.region : null;
  const parent = shown && 'parent' in shown ? shown.parent : null;
  const newLevel = parent ? childRegionLevel(parent.level) : 'district';
  const codeLength = newLevel ? regionCodeLength(newLevel) : 0;

  const initialValues: Partial<RegionFields> = region
    ? { code: region.code, name: region.name, sortOrder: region.sortOrder }
    : {
        code: parent?.code ?? '',
        sortOrder: shown && 'nextSortOrder' in shown ? shown.nextSortOrder : 0,
      };

  const submit = (values: RegionFields) =>
    region
      ? patch(`/api/regions/${region.code}`, { name: values.name, sortOrder: values.sortOrder })
      : post('/api/regions', values);

  const codeRules = [
    { required: true, message: t('codeRequired') },
    {
      pattern: new RegExp(`^\\d{${codeLength}}$`),
      message: t('codeShape')
        .replace('{level}', newLevel ? labels.regionLevel(newLevel) : '')
        .replace('{n}', String(codeLength)),
    },
    ...(parent
      ? [{ pattern: new RegExp(`^${parent.code}`), message: t('codePrefix').replace('{code}', parent.code) }]
      : []),
  ];

  return (
    <FormDialog<RegionFields>
      name="region"
      open={editing !== null}
      variant="modal"
      title={region ? t('editTitle') : parent ? t('createTitle') : t('createDistrictTitle')}
      initialValues={initialValues}
      successText={region ? common('saved') : common('created')}
      onSubmit={submit}
      onClose={onClose}
      onSaved={onSaved}
    >
      {!region && (
        <Typography.Paragraph type="secondary" className="region-form-context">
          {parent && `${t('parent')}：${parent.name}（${parent.code}）　`}
          {newLevel && `${t('newLevel')}：${labels.regionLevel(newLevel)}`}
        </Typography.Paragraph>
      )}
      <Form.Item label={t('code')} name="code" rules={region ? [] : codeRules}>
        <Input disabled={region !== null} maxLength={region ? undefined : codeLength} inputMode="numeric" />
      </Form.Item>
      <NameField label={t('name')} requiredMessage={t('nameRequired')} />
      <Form.Item label={t('sortOrder')} name="sortOrder" extra={t('sortHint')}>
        <InputNumber min={0} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </FormDialog>
  );
}
