import styles from './Guide.module.css';

/** Landlines (0571-85150101), mobiles and the 12345 hotline, so each can be tapped to call. */
const PHONE = /(?<![\d-])(\d{3,4}-\d{7,8}|1[3-9]\d{9}|12345)(?![\d-])/g;

/** Text with its telephone numbers as call links. */
export function PhoneText({ text }: { text: string }) {
  const parts = text.split(PHONE);
  // split() with one capture group alternates text, number, text, number, …
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string.
      <a key={index} className={styles.phone} href={`tel:${part.replace(/-/g, '')}`}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}
