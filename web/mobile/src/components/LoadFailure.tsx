import { Button } from 'antd-mobile';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../../common/api';
import { useT } from '../../../common/locale';
import { errorText } from '../catalog/api';
import { StatusBlock } from './StatusBlock';

const messages = {
  notFoundText: [
    '可能已调整，请回到首页重新查找',
    'It may have changed; please search again from the home page',
  ],
  home: ['回到首页', 'Back to home'],
  retry: ['重试', 'Try again'],
} as const;

/**
 * A page's content did not load: gone (404, or an id that cannot exist) leads
 * home; anything else shows the reason and offers a retry.
 */
export function LoadFailure({
  error,
  retry,
  notFound,
  failed,
}: {
  error: unknown;
  retry: () => void;
  notFound: string;
  failed: string;
}) {
  const t = useT(messages);
  const navigate = useNavigate();
  const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <StatusBlock
      status={missing ? 'empty' : 'default'}
      title={missing ? notFound : failed}
      description={missing ? t('notFoundText') : errorText(error)}
    >
      <Button
        block
        size="large"
        color="primary"
        onClick={missing ? () => navigate('/', { replace: true }) : retry}
      >
        {missing ? t('home') : t('retry')}
      </Button>
    </StatusBlock>
  );
}
