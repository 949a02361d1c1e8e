import { Card } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import { useThemeLabel } from '../catalog/terms';
import styles from './ThemeGrid.module.css';
import { type LifeEvent, ThemeIcon } from './ThemeIcon';

const messages = { title: ['按人生事件办事', 'Services by life event'] } as const;

/** Icon colour and tile colour of each life event. */
const COLORS: Record<LifeEvent, [string, string]> = {
  birth: ['#c2410c', '#ffedd5'],
  schooling: ['#1d4ed8', '#dbeafe'],
  employment: ['#0f766e', '#ccfbf1'],
  marriage: ['#be123c', '#ffe4e6'],
  housing: ['#a16207', '#fef3c7'],
  elderly: ['#6d28d9', '#ede9fe'],
  death: ['#374151', '#e5e7eb'],
  business: ['#15803d', '#dcfce7'],
};

const EVENTS = Object.keys(COLORS) as LifeEvent[];

/** Life-event themes; each opens the search page filtered to its theme. */
export function ThemeGrid() {
  const t = useT(messages);
  const themeLabel = useThemeLabel();
  const navigate = useNavigate();
  return (
    <Card title={t('title')}>
      <div className={styles.grid}>
        {EVENTS.map((event) => (
          <button
            key={event}
            type="button"
            className={styles.theme}
            onClick={() => navigate(`/search?theme=${event}`)}
          >
            <span className={styles.tile} style={{ color: COLORS[event][0], background: COLORS[event][1] }}>
              <ThemeIcon event={event} />
            </span>
            <span className={styles.label}>{themeLabel(event)}</span>
          </button>
        ))}
      </div>
    </Card>
  );
}
