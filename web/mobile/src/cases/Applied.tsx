import { Button } from 'antd-mobile';
import { CheckCircleFill } from 'antd-mobile-icons';
import { useNavigate } from 'react-router-dom';
import { useT } from '../../../common/locale';
import styles from './Apply.module.css';
import type { MyCaseDetail } from './types';

const messages = {
  done: ['申请已提交', 'Application submitted'],
  number: ['办件编号', 'Case number'],
  next: [
    '工作人员会查看您的申请；如有缺少的材料，会一次告诉您。',
    'Staff will look at your application; anything missing will be listed for you at once.',
  ],
  uploaded: ['已上传', 'Uploaded'],
  toBring: ['办理时请带到窗口', 'Bring it to the window'],
  notNeeded: ['视情况提交', 'Only if it applies'],
  progress: ['查看办理进度', 'See progress'],
} as const;

const SUPPLIED = ['provided', 'reused_material', 'reused_certificate'];

/** After applying: the case number and, for each paper, whether it is in or still to bring. */
export function Applied({ applied }: { applied: MyCaseDetail }) {
  const t = useT(messages);
  const navigate = useNavigate();
  return (
    <section className={styles.applied}>
      <CheckCircleFill className={styles.doneIcon} />
      <h2 className={styles.doneTitle}>{t('done')}</h2>
      <p className={styles.caseNumber}>
        {t('number')}：{applied.caseNumber}
      </p>
      <p className={styles.note}>{t('next')}</p>
      <ul className={styles.materialList}>
        {applied.materials.map((material) => (
          <li key={material.key}>
            <span className={styles.materialName}>{material.name}</span>
            <span className={SUPPLIED.includes(material.state) ? styles.in : styles.out}>
              {SUPPLIED.includes(material.state)
                ? t('uploaded')
                : material.state === 'not_applicable'
                  ? t('notNeeded')
                  : t('toBring')}
            </span>
          </li>
        ))}
      </ul>
      <Button block size="large" color="primary" onClick={() => navigate(`/progress/${applied.id}`)}>
        {t('progress')}
      </Button>
    </section>
  );
}
