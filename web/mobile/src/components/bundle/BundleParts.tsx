import { CheckCircleOutline, RightOutline } from 'antd-mobile-icons';
import { Link } from 'react-router-dom';
import { useT } from '../../../../common/locale';
import { fill } from '../../catalog/format';
import type { BundleDetail } from '../../catalog/types';
import guide from '../guide/Guide.module.css';
import styles from './Bundle.module.css';

const messages = {
  onTheSpot: ['即办', 'On the spot'],
  days: ['承诺{n}个工作日', '{n} working days'],
  required: ['必填', 'Required'],
  prefilled: ['实名认证后自动填写', 'Filled in for you after identity verification'],
  once: ['以下信息在一张表上填写一次，各事项共用', 'Given once on one form, for every service'],
  shared: ['（{n}个事项共用）', '(shared by {n} services)'],
} as const;

/** The items of a bundle, each opening its own guide. */
export function BundleItems({ items }: { items: BundleDetail['items'] }) {
  const t = useT(messages);
  return (
    <ol className={styles.items}>
      {items.map((item, index) => (
        <li key={item.itemId}>
          <Link to={`/items/${item.itemId}`} className={styles.item}>
            <span className={guide.number}>{index + 1}</span>
            <span className={styles.itemText}>
              <span className={styles.itemName}>{item.name}</span>
              <span className={styles.itemLine}>
                {item.departmentName} ·{' '}
                {item.promisedLimitDays === 0
                  ? t('onTheSpot')
                  : fill(t('days'), { n: item.promisedLimitDays })}
              </span>
            </span>
            <RightOutline className={styles.chevron} />
          </Link>
        </li>
      ))}
    </ol>
  );
}

/** The labels of the bundle's one form; those taken from the applicant's profile say so. */
export function BundleFields({ fields }: { fields: BundleDetail['merged']['formFields'] }) {
  const t = useT(messages);
  return (
    <>
      <p className={styles.lead}>{t('once')}</p>
      <ul className={styles.fields}>
        {fields.map((field) => (
          <li key={`${field.key}:${field.profileSource ?? ''}`} className={styles.field}>
            <span className={styles.fieldHead}>
              <span className={styles.fieldLabel}>{field.label}</span>
              {field.itemIds.length > 1 && (
                <span className={styles.fieldShared}>{fill(t('shared'), { n: field.itemIds.length })}</span>
              )}
            </span>
            {field.profileSource && (
              <span className={styles.prefilled}>
                <CheckCircleOutline className={styles.prefilledIcon} />
                {t('prefilled')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
