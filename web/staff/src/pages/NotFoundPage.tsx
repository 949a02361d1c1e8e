import { useT } from '../../../common/locale';
import { BackToWorkbenchResult } from '../components/BackToWorkbenchResult';

const messages = {
  title: ['页面不存在', 'Page not found'],
  subTitle: ['您访问的页面不存在或已移动。', 'The page you asked for does not exist or has moved.'],
} as const;

export function NotFoundPage() {
  const t = useT(messages);
  return <BackToWorkbenchResult status="404" title={t('title')} subTitle={t('subTitle')} />;
}
