import type { ReactNode } from 'react';
import styles from './Guide.module.css';
import { PhoneText } from './PhoneText';

/** One titled section of the guide; printing keeps a section on one page where it fits. */
export function GuideSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h2 className={styles.sectionTitle}>{title}</h2>
      {children}
    </section>
  );
}

/** A text field of the item, line breaks kept, phone numbers callable; `empty` when blank. */
export function GuideText({ text, empty }: { text: string; empty: string }) {
  const blank = text.trim() === '';
  return (
    <p className={blank ? `${styles.text} ${styles.blank}` : styles.text}>
      {blank ? empty : <PhoneText text={text} />}
    </p>
  );
}

/** Label above value, for short facts such as 办理地点 and 办理时间. */
export function GuideFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={styles.fact}>
      <h3 className={styles.factLabel}>{label}</h3>
      <div className={styles.factValue}>{children}</div>
    </div>
  );
}
