import { List, Tag, Toast } from 'antd-mobile';
import { useT } from '../../../common/locale';
import styles from './HotItems.module.css';

const messages = {
  title: ['热门事项', 'Popular services'],
  note: ['以下事项的网上办理即将上线', 'Online applications for these are coming soon'],
  comingSoon: ['即将上线', 'Coming soon'],
  goToHall: [
    '网上办理即将上线，现在可到就近的政务服务大厅办理',
    'Online applications are coming soon; for now, please visit your nearest service hall',
  ],
  seniorCard: ['老年优待证办理', 'Senior citizen card'],
  idCardRenewal: ['居民身份证换领', 'Renew resident ID card'],
  socialSecurityCard: ['社会保障卡申领', 'Apply for a social security card'],
  residencePermit: ['居住证申领', 'Apply for a residence permit'],
  birthRegistration: ['生育登记', 'Birth registration'],
} as const;

const ITEMS = [
  'seniorCard',
  'idCardRenewal',
  'socialSecurityCard',
  'residencePermit',
  'birthRegistration',
] as const;

/** Well-known services, listed as placeholders until online applications exist. */
export function HotItems() {
  const t = useT(messages);
  return (
    <List
      className={styles.list}
      header={
        <>
          <h2 className={styles.title}>{t('title')}</h2>
          <p className={styles.note}>{t('note')}</p>
        </>
      }
    >
      {ITEMS.map((item) => (
        <List.Item
          key={item}
          arrowIcon={false}
          extra={
            <Tag className={styles.tag} fill="outline">
              {t('comingSoon')}
            </Tag>
          }
          onClick={() => Toast.show({ content: t('goToHall') })}
        >
          {t(item)}
        </List.Item>
      ))}
    </List>
  );
}
