import { Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../../common/locale';
import type { TimeLeft } from './types';

const messages = {
  left: ['剩 {d} 个工作日 {hms}', '{d} working day(s) {hms} left'],
  today: ['今日到期 剩 {hms}', 'Due today, {hms} left'],
  overdue: ['已超期 {d} 个工作日', '{d} working day(s) overdue'],
  stopped: ['计时中止 · 剩 {d} 个工作日', 'Clock stopped · {d} working day(s) left'],
  stoppedTitle: [
    '特别程序或等待申请人补正期间不计算时限，结束后时限顺延',
    'Special procedures and waiting for the applicant do not count; the deadline moves on',
  ],
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** Working time left of today (hh:mm:ss) out of the working seconds left, as the countdown shows it. */
function clock(seconds: number): string {
  const ofToday = Math.max(0, seconds % 86_400);
  return `${pad(Math.floor(ofToday / 3600))}:${pad(Math.floor((ofToday % 3600) / 60))}:${pad(ofToday % 60)}`;
}

/**
 * Green, yellow (due within a working day) or red (overdue), ticking every
 * second from the server's count of working seconds left while time counts;
 * grey and still while the case's clock is stopped.
 */
export function TimeLeftTag({ time }: { time: TimeLeft }) {
  const t = useT(messages);
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  useEffect(() => {
    if (!time.counting) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [time.counting]);
  if (time.clockStopped && !time.overdue) {
    return (
      <Tag color="default" title={t('stoppedTitle')} className="time-left">
        {t('stopped').replace('{d}', String(Math.max(0, time.workingDaysLeft)))}
      </Tag>
    );
  }
  const seconds = time.workingSecondsLeft - Math.floor((now - started) / 1000);
  if (time.overdue || seconds < 0) {
    return <Tag color="red">{t('overdue').replace('{d}', String(Math.max(1, -time.workingDaysLeft)))}</Tag>;
  }
  const text =
    time.workingDaysLeft === 0
      ? t('today').replace('{hms}', clock(seconds))
      : t('left').replace('{d}', String(time.workingDaysLeft)).replace('{hms}', clock(seconds));
  return (
    <Tag color={time.workingDaysLeft <= 1 ? 'gold' : 'green'} className="time-left">
      {text}
    </Tag>
  );
}
