import { Form, Input, Selector } from 'antd-mobile';
import type { DeliveryMethod } from '../../../../src/shared/case-terms';
import { MOBILE_PATTERN } from '../../../../src/shared/phone';
import { useT } from '../../../common/locale';
import styles from './Delivery.module.css';
import { useDeliveryWords } from './deliveryWords';
import { RegionField } from './RegionField';

const messages = {
  method: ['办好后结果怎么拿', 'How do you want the result?'],
  name: ['收件人', 'Recipient'],
  namePlaceholder: ['不填就是您本人', 'Leave empty for yourself'],
  phone: ['收件人手机', 'Recipient’s mobile'],
  phonePlaceholder: ['不填就用您的手机号', 'Leave empty for your own'],
  phoneInvalid: ['请填写11位手机号码', 'Please enter an 11-digit mobile number'],
  region: ['所在社区', 'Community'],
  regionRequired: ['请选择所在社区', 'Please choose the community'],
  regionCommunity: ['请一直选到社区', 'Please choose down to the community'],
  address: ['详细地址', 'Street address'],
  addressPlaceholder: ['路名、门牌号、几幢几单元几室', 'Road, number, building, unit, room'],
  addressRequired: ['请把地址写到门牌号', 'Please give the address down to the door number'],
} as const;

/**
 * The resident's choice: at a window, posted free of charge (where the item
 * posts results) or brought by the grid worker; the latter two ask where to.
 */
export function DeliveryChoice({
  courierOffered,
  method,
  labelled = true,
}: {
  courierOffered: boolean;
  method: DeliveryMethod;
  /** Off where the page's heading already asks the question. */
  labelled?: boolean;
}) {
  const t = useT(messages);
  const methods: DeliveryMethod[] = courierOffered
    ? ['window_pickup', 'courier', 'grid_worker']
    : ['window_pickup', 'grid_worker'];
  return (
    <>
      <Form.Item
        name={['delivery', 'method']}
        label={labelled ? t('method') : undefined}
        aria-label={t('method')}
        className={styles.methodItem}
      >
        <MethodSelector methods={methods} />
      </Form.Item>
      {method !== 'window_pickup' && (
        <>
          <Form.Item
            name={['delivery', 'regionCode']}
            label={t('region')}
            rules={[communityRule(t('regionRequired'), t('regionCommunity'))]}
          >
            <RegionField />
          </Form.Item>
          <Form.Item
            name={['delivery', 'address']}
            label={t('address')}
            rules={[{ required: true, whitespace: true, min: 4, message: t('addressRequired') }]}
          >
            <Input clearable maxLength={200} placeholder={t('addressPlaceholder')} />
          </Form.Item>
          <Form.Item name={['delivery', 'recipientName']} label={t('name')}>
            <Input clearable maxLength={50} placeholder={t('namePlaceholder')} />
          </Form.Item>
          <Form.Item
            name={['delivery', 'recipientPhone']}
            label={t('phone')}
            rules={[{ pattern: MOBILE_PATTERN, message: t('phoneInvalid') }]}
          >
            <Input clearable type="tel" maxLength={11} placeholder={t('phonePlaceholder')} />
          </Form.Item>
        </>
      )}
    </>
  );
}

const communityRule = (required: string, community: string) => ({
  validator: (_: unknown, value: string | undefined) => {
    if (!value) return Promise.reject(new Error(required));
    return value.length === 12 ? Promise.resolve() : Promise.reject(new Error(community));
  },
});

/** One method always chosen: tapping the chosen card again keeps it (a Selector would clear it). */
function MethodSelector({
  methods,
  value,
  onChange,
}: {
  methods: DeliveryMethod[];
  value?: DeliveryMethod;
  onChange?: (method: DeliveryMethod) => void;
}) {
  const words = useDeliveryWords();
  return (
    <Selector<DeliveryMethod>
      columns={1}
      className={styles.methods}
      value={value ? [value] : []}
      onChange={(picked) => {
        if (picked[0]) onChange?.(picked[0]);
      }}
      options={methods.map((method) => ({
        value: method,
        label: words.method(method),
        description: words.methodNote(method),
      }))}
    />
  );
}
