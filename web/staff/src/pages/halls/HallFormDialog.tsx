import { Form, Input } from 'antd';
import { patch, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import type { Hall } from '../../api/types';
import { FormDialog } from '../../components/FormDialog';
import { NameField, RegionField, TelephoneField } from '../../components/formFields';
import { useRetainedRecord } from '../../components/useRetained';
import { commonMessages } from '../../i18n/commonMessages';
import { OpeningHoursEditor } from './OpeningHoursEditor';
import { fromPeriodFields, type PeriodFields, toPeriodFields, WEEKDAY_PERIODS } from './openingHours';

const messages = {
  ...commonMessages,
  createTitle: ['新增服务大厅', 'Add service hall'],
  editTitle: ['编辑服务大厅', 'Edit service hall'],
  name: ['大厅名称', 'Hall name'],
  nameRequired: ['请输入大厅名称（至少2个字）', 'Enter a name (2+ characters)'],
  levelHint: [
    '大厅层级按所属区划自动确定：区级大厅、街道便民服务中心或社区便民服务站。',
    'The hall level follows its region: district hall, street center or community station.',
  ],
  regionFixed: ['大厅建立后不能更换所属区划', 'The region cannot change after creation'],
  address: ['地址', 'Address'],
  openingHours: ['办公时间', 'Opening hours'],
} as const;

interface HallFields {
  name: string;
  regionCode: string;
  address?: string;
  phone?: string;
  openingHours?: PeriodFields[];
}

interface HallFormDialogProps {
  editing: Hall | 'new' | null;
  defaultRegionCode?: string;
  onClose: () => void;
  /** `created` tells a new hall from an edited one. */
  onSaved: (hall: Hall, created: boolean) => void;
}

export function HallFormDialog({ editing, defaultRegionCode, onClose, onSaved }: HallFormDialogProps) {
  const t = useT(messages);
  const hall = useRetainedRecord(editing);

  const submit = ({ name, regionCode, address, phone, openingHours }: HallFields) => {
    const body = {
      name,
      address: address?.trim() ?? '',
      phone: phone?.trim() || null,
      openingHours: fromPeriodFields(openingHours),
    };
    return hall
      ? patch<Hall>(`/api/halls/${hall.id}`, body)
      : post<Hall>('/api/halls', { ...body, regionCode });
  };

  return (
    <FormDialog<HallFields, Hall>
      name="hall"
      open={editing !== null}
      title={hall ? t('editTitle') : t('createTitle')}
      width={600}
      initialValues={{
        name: hall?.name,
        regionCode: hall?.regionCode ?? defaultRegionCode,
        address: hall?.address,
        phone: hall?.phone ?? '',
        openingHours: toPeriodFields(hall?.openingHours ?? WEEKDAY_PERIODS),
      }}
      successText={hall ? t('saved') : t('created')}
      onSubmit={submit}
      onClose={onClose}
      onSaved={(saved) => onSaved(saved, hall === null)}
    >
      <NameField label={t('name')} requiredMessage={t('nameRequired')} />
      <RegionField locked={hall !== null} extra={hall ? t('regionFixed') : t('levelHint')} />
      <Form.Item label={t('address')} name="address">
        <Input maxLength={200} />
      </Form.Item>
      <TelephoneField />
      <Form.Item label={t('openingHours')} required>
        <OpeningHoursEditor />
      </Form.Item>
    </FormDialog>
  );
}
