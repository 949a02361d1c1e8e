import { Alert, Col, Form, Input, Radio, Row } from 'antd';
import { useEffect } from 'react';
import { useT } from '../../../../../common/locale';
import { AddressRegionSelect } from './AddressRegionSelect';
import type { DeliveryValues } from './deliveryApi';
import { useDeliveryTerms } from './deliveryTerms';

const messages = {
  method: ['办理结果领取方式', 'How the applicant gets the result'],
  windowNote: [
    '结果出具后，申请人凭身份证件到受理大厅窗口领取；即办件当场交付。',
    'Once decided, the applicant collects it at the hall with an ID card; on-the-spot items are handed over at once.',
  ],
  courierNote: ['邮寄免费，寄出后短信告知快递单号。', 'Postage is free; the tracking number is sent by SMS.'],
  gridNote: ['由收件地址所在社区的网格员送上门。', 'The grid worker of the address’s community brings it.'],
  noCourier: ['本事项不提供快递送达', 'This item is not posted'],
  name: ['收件人', 'Recipient'],
  namePlaceholder: ['不填为申请人本人', 'Empty: the applicant'],
  phone: ['收件人手机', 'Recipient’s mobile'],
  phonePlaceholder: ['不填为申请人手机', 'Empty: the applicant’s'],
  region: ['地址所在区划', 'Region of the address'],
  regionRequired: ['请选择地址所在的区划', 'Pick the region of the address'],
  gridRegion: ['所在社区（网格员按社区送达）', 'Community (grid workers deliver by community)'],
  address: ['详细地址', 'Street address'],
  addressPlaceholder: ['路名、门牌号、楼幢、单元、室', 'Road, number, building, unit, room'],
  addressRequired: ['请填写详细地址，写到门牌号', 'Enter the address down to the door number'],
} as const;

/**
 * The applicant's choice of how to get the result, as form fields under
 * `delivery`: window pickup, courier (only when the item posts results) or
 * the grid worker, with the recipient and address for the last two.
 */
export function DeliveryFields({ courierOffered }: { courierOffered: boolean }) {
  const t = useT(messages);
  const terms = useDeliveryTerms();
  const form = Form.useFormInstance();
  const method: DeliveryValues['method'] = Form.useWatch(['delivery', 'method'], form) ?? 'window_pickup';

  // Another item may not post its results: fall back to the window rather than send an impossible choice.
  useEffect(() => {
    if (!courierOffered && method === 'courier') form.setFieldValue(['delivery', 'method'], 'window_pickup');
  }, [courierOffered, method, form]);

  const note = { window_pickup: t('windowNote'), courier: t('courierNote'), grid_worker: t('gridNote') }[
    method
  ];
  return (
    <>
      {/* The card or dialog around these fields names them; a label would say it twice. */}
      <Form.Item name={['delivery', 'method']} initialValue="window_pickup" aria-label={t('method')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'window_pickup', label: terms.method('window_pickup') },
            ...(courierOffered ? [{ value: 'courier', label: terms.method('courier') }] : []),
            { value: 'grid_worker', label: terms.method('grid_worker') },
          ]}
        />
      </Form.Item>
      <Alert type="info" showIcon title={note} className="dialog-note" />
      {!courierOffered && <div className="table-note delivery-no-courier">{t('noCourier')}</div>}
      {method !== 'window_pickup' && (
        <>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name={['delivery', 'recipient', 'name']} label={t('name')}>
                <Input maxLength={50} placeholder={t('namePlaceholder')} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name={['delivery', 'recipient', 'phone']} label={t('phone')}>
                <Input maxLength={11} placeholder={t('phonePlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name={['delivery', 'recipient', 'regionCode']}
            label={method === 'grid_worker' ? t('gridRegion') : t('region')}
            rules={[{ required: true, message: t('regionRequired') }]}
          >
            <AddressRegionSelect communityOnly={method === 'grid_worker'} />
          </Form.Item>
          <Form.Item
            name={['delivery', 'recipient', 'address']}
            label={t('address')}
            rules={[{ required: true, whitespace: true, message: t('addressRequired') }]}
          >
            <Input maxLength={200} placeholder={t('addressPlaceholder')} />
          </Form.Item>
        </>
      )}
    </>
  );
}
