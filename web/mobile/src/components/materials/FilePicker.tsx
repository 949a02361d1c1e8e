import { Button } from 'antd-mobile';
import { CameraOutline } from 'antd-mobile-icons';
import { useRef } from 'react';
import { formatFileSize } from '../../../../../src/shared/material-files';
import { useT } from '../../../../common/locale';
import { FILE_ACCEPT } from '../../../../common/materials';
import styles from './Materials.module.css';

const messages = {
  choose: ['拍照或选择文件', 'Take a photo or choose a file'],
  change: ['重新选择', 'Choose another'],
  hint: ['支持照片（JPG、PNG、HEIC）和 PDF', 'Photos (JPG, PNG, HEIC) and PDF'],
} as const;

/**
 * A form control holding one file: a large button opening the phone's camera
 * or file chooser, then the chosen file's name and size.
 */
export function FilePicker({
  value,
  onChange,
}: {
  value?: File;
  onChange?: (file: File | undefined) => void;
}) {
  const t = useT(messages);
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={styles.picker}>
      <input
        ref={input}
        type="file"
        accept={FILE_ACCEPT}
        hidden
        aria-label={t('choose')}
        onChange={(event) => {
          onChange?.(event.target.files?.[0]);
          // The same file picked again after a refusal must fire change again.
          event.target.value = '';
        }}
      />
      {value && (
        <p className={styles.chosen}>
          {value.name} <span>{formatFileSize(value.size)}</span>
        </p>
      )}
      <Button block size="large" onClick={() => input.current?.click()}>
        <CameraOutline /> {value ? t('change') : t('choose')}
      </Button>
      {!value && <p className={styles.hint}>{t('hint')}</p>}
    </div>
  );
}
