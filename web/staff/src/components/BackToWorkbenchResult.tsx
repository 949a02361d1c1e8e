import { Button, Result } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';

const messages = { home: ['返回工作台', 'Back to workbench'] } as const;

interface BackToWorkbenchResultProps {
  status: '403' | '404';
  title: string;
  subTitle: string;
}

/** A full-page 403 / 404 result whose one way on is back to the workbench. */
export function BackToWorkbenchResult({ status, title, subTitle }: BackToWorkbenchResultProps) {
  const t = useT(messages);
  const navigate = useNavigate();
  return (
    <Result
      status={status}
      title={title}
      subTitle={subTitle}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('home')}
        </Button>
      }
    />
  );
}
