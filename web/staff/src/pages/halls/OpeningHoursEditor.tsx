import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, TimePicker } from 'antd';
import { useT } from '../../../../common/locale';
import { useLabels } from '../../i18n/useLabels';
import { dayName } from './openingHours';

const messages = {
  addPeriod: ['添加时段', 'Add period'],
  removePeriod: ['删除此时段', 'Remove this period'],
  daysRequired: ['至少选择一天', 'Choose at least one day'],
  openRequired: ['请选择开始时间', 'Choose the opening time'],
  closeRequired: ['请选择结束时间', 'Choose the closing time'],
  closeAfterOpen: ['结束时间须晚于开始时间', 'Closing must be after opening'],
  open: ['开始时间', 'Opens'],
  close: ['结束时间', 'Closes'],
  to: ['至', 'to'],
  empty: ['尚未设置办公时间', 'No opening hours yet'],
} as const;

const WEEK = [1, 2, 3, 4, 5, 6, 7];

/** Edits the form list `openingHours`: rows of weekdays with an opening and closing time. */
export function OpeningHoursEditor() {
  const t = useT(messages);
  const { english } = useLabels();
  const dayOptions = WEEK.map((day) => ({ value: day, label: dayName(day, english) }));

  return (
    <Form.List name="openingHours">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 && <span className="muted">{t('empty')}</span>}
          {fields.map((field, index) => (
            <div key={field.key} className="opening-period" data-testid={`opening-period-${index}`}>
              <Form.Item
                name={[field.name, 'days']}
                rules={[{ required: true, type: 'array', min: 1, message: t('daysRequired') }]}
                className="opening-period-days"
              >
                <Checkbox.Group options={dayOptions} />
              </Form.Item>
              <Flex align="flex-start" gap={8}>
                <Form.Item
                  name={[field.name, 'open']}
                  rules={[{ required: true, message: t('openRequired') }]}
                >
                  <TimePicker format="HH:mm" minuteStep={5} placeholder={t('open')} aria-label={t('open')} />
                </Form.Item>
                <span className="opening-period-to">{t('to')}</span>
                <Form.Item
                  name={[field.name, 'close']}
                  dependencies={[['openingHours', field.name, 'open']]}
                  rules={[
                    { required: true, message: t('closeRequired') },
                    ({ getFieldValue }) => ({
                      validator: (_, close) => {
                        const open = getFieldValue(['openingHours', field.name, 'open']);
                        return !open || !close || close.format('HH:mm') > open.format('HH:mm')
                          ? Promise.resolve()
                          : Promise.reject(new Error(t('closeAfterOpen')));
                      },
                    }),
                  ]}
                >
                  <TimePicker
                    format="HH:mm"
                    minuteStep={5}
                    placeholder={t('close')}
                    aria-label={t('close')}
                  />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('removePeriod')}
                  title={t('removePeriod')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ days: [1, 2, 3, 4, 5] })}
            className="opening-period-add"
          >
            {t('addPeriod')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
