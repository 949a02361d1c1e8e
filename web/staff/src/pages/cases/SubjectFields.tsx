import { Form, Segmented } from 'antd';
import { useT } from '../../../../common/locale';
import { BundleItemChoice, BundlePicker } from './BundleChoice';
import { ItemPicker } from './ItemPicker';
import type { IntakeSubject } from './useIntakeSubject';

const messages = {
  item: ['申请事项', 'Service item'],
  itemRequired: ['请选择申请事项', 'Pick the item'],
  single: ['单个事项', 'One item'],
  joint: ['一件事（多个事项联办）', 'Bundle (several items at once)'],
  bundle: ['一件事', 'Bundle'],
  bundleRequired: ['请选择“一件事”', 'Pick the bundle'],
  itemIds: ['申请人需要办理的事项（选办）', 'Items the applicant needs'],
  itemIdsRequired: ['请至少选择一个要办理的事项', 'Tick one item at least'],
} as const;

/** What the application is for: one item from the catalogue, or a bundle (一件事) and the items of it the applicant needs. */
export function SubjectFields({ shown }: { shown: IntakeSubject }) {
  const t = useT(messages);
  return (
    <>
      <Form.Item name="subject">
        <Segmented
          block
          options={[
            { value: 'item', label: t('single') },
            { value: 'bundle', label: t('joint') },
          ]}
        />
      </Form.Item>
      {shown.subject === 'item' ? (
        <Form.Item name="itemId" label={t('item')} rules={[{ required: true, message: t('itemRequired') }]}>
          <ItemPicker />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="bundleId"
            label={t('bundle')}
            rules={[{ required: true, message: t('bundleRequired') }]}
          >
            <BundlePicker />
          </Form.Item>
          {shown.bundle && (
            <Form.Item
              name="itemIds"
              label={t('itemIds')}
              rules={[
                {
                  validator: (_, ids?: string[]) =>
                    ids?.length === 0 ? Promise.reject(new Error(t('itemIdsRequired'))) : Promise.resolve(),
                },
              ]}
            >
              <BundleItemChoice bundle={shown.bundle} />
            </Form.Item>
          )}
        </>
      )}
    </>
  );
}
