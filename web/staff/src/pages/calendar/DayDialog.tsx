import { App, AutoComplete, Button, Descriptions, Form, Popconfirm, Radio } from 'antd';
import { type IsoDate, isWeekend } from '../../../../../src/modules/calendar/rules/days';
import { del, put } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useReportError } from '../../api/useReportError';
import { FormDialog } from '../../components/FormDialog';
import { formatDateTime } from '../../components/format';
import { dayState, useDayText } from './dayText';
import type { CalendarException } from './types';

const messages = {
  title: ['设置日期', 'Set a day'],
  date: ['日期', 'Date'],
  byWeek: ['按星期', 'By the week'],
  now: ['当前', 'Now'],
  setBy: ['设置人', 'Set by'],
  shipped: ['随系统载入的官方安排', 'Official schedule shipped with the platform'],
  kind: ['类型', 'Kind'],
  holiday: ['放假', 'Holiday'],
  workday: ['调休上班', 'Make-up working day'],
  workdayHint: ['调休上班只能设在周六或周日', 'Only a Saturday or Sunday can be a make-up working day'],
  name: ['节日名称', 'Holiday name'],
  nameHint: [
    '调休上班日填它所补的节日，如“国庆节”',
    'For a make-up day, the holiday it pays for, e.g. 国庆节',
  ],
  nameRequired: ['请填写节日名称', 'Enter the holiday name'],
  saved: ['已保存', 'Saved'],
  clear: ['取消该日设置', 'Remove this setting'],
  clearConfirm: [
    '取消后该日按星期计算（周一至周五上班），确定吗？',
    'The day will follow the week again (Monday to Friday work). Remove?',
  ],
  cleared: ['已取消该日设置', 'Setting removed'],
} as const;

const OFFICIAL_NAMES = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];

interface DayValues {
  kind: 'holiday' | 'workday';
  name: string;
}

interface DayDialogProps {
  date: IsoDate;
  exception: CalendarException | undefined;
  onClose: () => void;
  onSaved: () => void;
}

/** Makes one day a holiday or a make-up working day, or gives it back to the weekly rule. */
export function DayDialog({ date, exception, onClose, onSaved }: DayDialogProps) {
  const t = useT(messages);
  const text = useDayText();
  const { message } = App.useApp();
  const reportError = useReportError();
  const weekend = isWeekend(date);

  const clear = async () => {
    try {
      await del(`/api/calendar/days/${date}`);
      message.success(t('cleared'));
      onSaved();
      onClose();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <FormDialog<DayValues>
      name="calendar-day"
      open
      variant="modal"
      title={`${t('title')}：${text.longDate(date)}`}
      initialValues={exception ?? { kind: weekend ? 'workday' : 'holiday', name: '' }}
      successText={t('saved')}
      onSubmit={(values) => put(`/api/calendar/days/${date}`, values)}
      onSaved={onSaved}
      onClose={onClose}
    >
      <Descriptions size="small" column={1} className="calendar-day-facts">
        <Descriptions.Item label={t('byWeek')}>
          {text.stateLabel(weekend ? 'rest' : 'working')}
        </Descriptions.Item>
        <Descriptions.Item label={t('now')}>
          {text.stateLabel(dayState(date, exception))}
          {exception ? ` · ${exception.name}` : ''}
        </Descriptions.Item>
        {exception && (
          <Descriptions.Item label={t('setBy')}>
            {exception.source === 'chinese-days' ? t('shipped') : exception.updatedBy}{' '}
            {formatDateTime(exception.updatedAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Form.Item name="kind" label={t('kind')} extra={weekend ? undefined : t('workdayHint')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'holiday', label: t('holiday') },
            { value: 'workday', label: t('workday'), disabled: !weekend },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('name')}
        extra={t('nameHint')}
        rules={[{ required: true, whitespace: true, message: t('nameRequired') }]}
      >
        <AutoComplete
          options={OFFICIAL_NAMES.map((value) => ({ value }))}
          filterOption={(input, option) => Boolean(option?.value.includes(input.trim()))}
          maxLength={40}
        />
      </Form.Item>
      {exception && (
        <Popconfirm title={t('clearConfirm')} onConfirm={clear}>
          <Button danger type="link" className="calendar-day-clear">
            {t('clear')}
          </Button>
        </Popconfirm>
      )}
    </FormDialog>
  );
}
