import { Button, Card } from 'antd-mobile';
import { UserCircleOutline } from 'antd-mobile-icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import styles from './SignInPrompt.module.css';

const messages = { signIn: ['登录', 'Sign in'] } as const;

/** Asks a signed-out resident to sign in, then brings them back to this page. */
export function SignInPrompt({ message }: { message: string }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const location = useLocation();

  return (
    <Card className={styles.card}>
      <UserCircleOutline className={styles.icon} />
      <p className={styles.message}>{message}</p>
      <Button
        block
        color="primary"
        size="large"
        onClick={() => navigate('/login', { state: { from: location.pathname } })}
      >
        {t('signIn')}
      </Button>
    </Card>
  );
}
