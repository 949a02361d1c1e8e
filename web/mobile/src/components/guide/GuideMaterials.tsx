import { CheckCircleOutline, UploadOutline } from 'antd-mobile-icons';
import { Link } from 'react-router-dom';
import { CERTIFICATE_TYPES } from '../../../../../src/shared/catalog-terms';
import { useT } from '../../../../common/locale';
import { fill } from '../../catalog/format';
import type { GuideMaterial } from '../../catalog/types';
import guide from './Guide.module.css';
import styles from './GuideMaterials.module.css';

const messages = {
  none: ['无需提交材料', 'No documents needed'],
  required: ['必需', 'Required'],
  optional: ['视情况提供', 'If applicable'],
  original: ['原件', 'Original'],
  copy: ['复印件', 'Photocopy'],
  electronic: ['电子件', 'Electronic file'],
  count: ['{form}{n}份', '{form} × {n}'],
  standard: ['要求：', 'Requirement: '],
  notes: ['填写说明：', 'How to fill in: '],
  eCertificate: ['可用电子证照代替：', 'An e-certificate can replace it: '],
  prepare: ['提前上传，办理时直接复用', 'Upload it now, reuse it when you apply'],
} as const;

/** 原件1份 · 复印件1份: the forms asked for, with counts where they are set. */
function useFormsText() {
  const t = useT(messages);
  return (material: GuideMaterial) =>
    material.forms
      .map((form) => {
        const n = form === 'original' ? material.originalCount : form === 'copy' ? material.copyCount : 0;
        return n > 0 ? fill(t('count'), { form: t(form), n }) : t(form);
      })
      .join(' · ');
}

/**
 * 申请材料: each document, how many copies, whether it must be brought, and what
 * can stand in for it. `nameNote` adds a remark after a name, e.g. （2个事项共用）;
 * `uploadLink` offers to upload the document ahead into 我的材料 for reuse.
 */
export function GuideMaterials<M extends GuideMaterial>({
  materials,
  nameNote,
  uploadLink,
}: {
  materials: M[];
  nameNote?: (material: M) => string;
  uploadLink?: (material: M) => string;
}) {
  const t = useT(messages);
  const formsText = useFormsText();
  if (materials.length === 0) return <p className={guide.text}>{t('none')}</p>;
  return (
    <ol className={styles.materials}>
      {materials.map((material, index) => (
        <li key={material.key} className={styles.material}>
          <div className={styles.materialHead}>
            <span className={guide.number}>{index + 1}</span>
            <h3 className={styles.materialName}>
              {material.name}
              {nameNote?.(material) && <span className={styles.nameNote}>{nameNote(material)}</span>}
            </h3>
            <span className={material.required ? styles.required : styles.optional}>
              {material.required ? t('required') : t('optional')}
            </span>
          </div>
          <p className={styles.materialLine}>{formsText(material)}</p>
          {material.acceptanceStandard && (
            <p className={styles.materialLine}>
              {t('standard')}
              {material.acceptanceStandard}
            </p>
          )}
          {material.fillingNotes && (
            <p className={styles.materialLine}>
              {t('notes')}
              {material.fillingNotes}
            </p>
          )}
          {material.certificateTypes.length > 0 && (
            <p className={styles.eCertificate}>
              <CheckCircleOutline className={styles.eCertificateIcon} />
              <span>
                {t('eCertificate')}
                {material.certificateTypes.map((type) => CERTIFICATE_TYPES[type]).join('、')}
              </span>
            </p>
          )}
          {uploadLink && (
            <Link className={styles.prepare} to={uploadLink(material)}>
              <UploadOutline /> {t('prepare')}
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
