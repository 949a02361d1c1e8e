import { NavBar } from 'antd-mobile';
import { useLocation, useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import styles from './SubPageBar.module.css';

const messages = { back: ['返回', 'Back'] } as const;

/** The blue title bar of pages outside the tabs, with a back button. */
export function SubPageBar({ title }: { title: string }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const location = useLocation();
  // A page opened directly has no in-app history to go back to.
  const back = () => (location.key === 'default' ? navigate('/') : navigate(-1));

  return (
    <NavBar className={styles.bar} back={t('back')} onBack={back}>
      {title}
    </NavBar>
  );
}
