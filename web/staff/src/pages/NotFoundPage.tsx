import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';

const messages = {
  title: ['页面不存在', 'Page not found'],
  subTitle: ['您访问的页面不存在或已移动。', 'The page you asked for does not exist or has moved.'],
  home: ['返回工作台', 'Back to workbench'],
} as const;

export function NotFoundPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('home')}
        </Button>
      }
    />
  );
}
