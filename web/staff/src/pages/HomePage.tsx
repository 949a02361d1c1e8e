import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router-dom';
import { beijingTime } from '../../../common/beijing-time';
import { useT } from '../../../common/locale';
import { useGrantText } from '../components/useGrantText';
import { SCREENS, screenAllowed, screenDescriptions, screenTitles } from '../layout/screens';
import { useStaffUser } from '../session/SessionProvider';
import { CalendarWarning } from './calendar/CalendarWarning';
import './home.css';

const messages = {
  morning: ['{name}，早上好', 'Good morning, {name}'],
  noon: ['{name}，中午好', 'Good day, {name}'],
  afternoon: ['{name}，下午好', 'Good afternoon, {name}'],
  evening: ['{name}，晚上好', 'Good evening, {name}'],
  dateFormat: ['YYYY年M月D日 dddd', 'dddd, MMMM D, YYYY'],
  myRoles: ['我的角色与管辖范围', 'My roles and scopes'],
  scope: ['范围', 'Scope'],
  department: ['部门', 'Department'],
  noRoles: [
    '您还没有被授予任何角色，请联系系统管理员。',
    'You have no role yet. Please contact your administrator.',
  ],
  shortcuts: ['常用功能', 'Shortcuts'],
  today: ['今日', 'Today'],
  todayText: [
    '受理、审批等业务模块上线后，今日待办与提醒将显示在这里。',
    "Once the intake and approval modules arrive, today's tasks and reminders will appear here.",
  ],
} as const;

function greetingKey(hour: number) {
  if (hour < 11) return 'morning' as const;
  if (hour < 13) return 'noon' as const;
  if (hour < 18) return 'afternoon' as const;
  return 'evening' as const;
}

/** 工作台: a greeting, what the user is authorized for, and the screens they can open. */
export function HomePage() {
  const t = useT(messages);
  const titles = useT(screenTitles);
  const descriptions = useT(screenDescriptions);
  const user = useStaffUser();
  const grantText = useGrantText();
  // Beijing wall time, read by dayjs as if local, so the greeting and the date are Beijing's.
  const now = dayjs(beijingTime(new Date()));
  const screens = SCREENS.filter((screen) => screenAllowed(screen, user.permissions));

  return (
    <div className="home">
      <div className="home-greeting">
        <Typography.Title level={3}>
          {t(greetingKey(now.hour())).replace('{name}', user.displayName)}
        </Typography.Title>
        <Typography.Text type="secondary">{now.format(t('dateFormat'))}</Typography.Text>
      </div>
      <CalendarWarning />

      <Typography.Title level={5} className="home-heading">
        {t('myRoles')}
      </Typography.Title>
      {user.grants.length === 0 && <Empty description={t('noRoles')} />}
      <Row gutter={[16, 16]}>
        {user.grants.map((grant) => {
          const text = grantText(grant);
          return (
            <Col key={`${grant.role}-${grant.regionCode}-${grant.departmentId}`} xs={24} md={12} xl={8}>
              <Card variant="borderless" className="role-card">
                <div className="role-card-title">
                  <SafetyCertificateOutlined /> {text.role}
                </div>
                <div className="role-card-line">
                  <span>{t('scope')}</span>
                  {text.scope}
                </div>
                {text.department && (
                  <div className="role-card-line">
                    <span>{t('department')}</span>
                    {text.department}
                  </div>
                )}
              </Card>
            </Col>
          );
        })}
      </Row>

      <Row gutter={[16, 16]} className="home-lower">
        <Col xs={24} xl={16}>
          <Typography.Title level={5} className="home-heading">
            {t('shortcuts')}
          </Typography.Title>
          <Row gutter={[12, 12]}>
            {screens.map((screen) => (
              <Col key={screen.key} xs={12} lg={8}>
                <Link to={screen.path} className="shortcut">
                  <span className="shortcut-icon">{screen.icon}</span>
                  <span className="shortcut-title">{titles(screen.key)}</span>
                  <span className="shortcut-description">{descriptions(screen.key)}</span>
                </Link>
              </Col>
            ))}
          </Row>
        </Col>
        <Col xs={24} xl={8}>
          <Typography.Title level={5} className="home-heading">
            {t('today')}
          </Typography.Title>
          <Card variant="borderless" className="today-card">
            <Typography.Text type="secondary">{t('todayText')}</Typography.Text>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
