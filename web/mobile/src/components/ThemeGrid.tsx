import { Card, Toast } from 'antd-mobile';
import { useT } from '../../../common/locale';
import styles from './ThemeGrid.module.css';
import { type LifeEvent, ThemeIcon } from './ThemeIcon';

const messages = {
  title: ['按人生事件办事', 'Services by life event'],
  comingSoon: ['「{name}」主题服务即将上线', '"{name}" services are coming soon'],
  birth: ['出生', 'Birth'],
  school: ['上学', 'School'],
  work: ['就业', 'Jobs'],
  family: ['婚育', 'Marriage & family'],
  housing: ['住房', 'Housing'],
  retirement: ['退休养老', 'Retirement'],
  bereavement: ['身后事', 'After a death'],
  business: ['开办企业', 'Start a business'],
} as const;

/** Icon colour and tile colour of each life event. */
const COLORS: Record<LifeEvent, [string, string]> = {
  birth: ['#c2410c', '#ffedd5'],
  school: ['#1d4ed8', '#dbeafe'],
  work: ['#0f766e', '#ccfbf1'],
  family: ['#be123c', '#ffe4e6'],
  housing: ['#a16207', '#fef3c7'],
  retirement: ['#6d28d9', '#ede9fe'],
  bereavement: ['#374151', '#e5e7eb'],
  business: ['#15803d', '#dcfce7'],
};

const EVENTS = Object.keys(COLORS) as LifeEvent[];

/** Life-event themes; the service lists behind them are not built yet. */
export function ThemeGrid() {
  const t = useT(messages);
  return (
    <Card title={t('title')}>
      <div className={styles.grid}>
        {EVENTS.map((event) => (
          <button
            key={event}
            type="button"
            className={styles.theme}
            onClick={() => Toast.show({ content: t('comingSoon').replace('{name}', t(event)) })}
          >
            <span className={styles.tile} style={{ color: COLORS[event][0], background: COLORS[event][1] }}>
              <ThemeIcon event={event} />
            </span>
            <span className={styles.label}>{t(event)}</span>
          </button>
        ))}
      </div>
    </Card>
  );
}
