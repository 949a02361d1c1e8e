import { Button, Dialog, Tag, Toast } from 'antd-mobile';
import { FileOutline, PictureOutline } from 'antd-mobile-icons';
import { useState } from 'react';
import { isPreviewableImage } from '../../../../../src/shared/material-files';
import { beijingDay } from '../../../../common/beijing-time';
import { useLocale, useT } from '../../../../common/locale';
import {
  CONSENT_LABELS,
  CONSENT_TAG_COLORS,
  fileUrl,
  type MaterialView,
  nextDecision,
  SOURCE_LABELS,
} from '../../../../common/materials';
import { useReportApiError } from '../../formFeedback';
import { recordMyConsent } from '../../materials/api';
import styles from './Materials.module.css';

const messages = {
  view: ['查看', 'View'],
  confirm: ['同意复用', 'Allow reuse'],
  withdraw: ['撤回同意', 'Withdraw consent'],
  confirmTitle: ['同意复用这份材料？', 'Allow this material to be reused?'],
  confirmText: [
    '同意后，您以后在任一窗口或网上办事时，可直接使用这份材料，不用再交一次纸质材料。您可以随时撤回同意。',
    'Once you agree, you can use this material again when you apply for a service at any window or online, without handing over the paper again. You can withdraw at any time.',
  ],
  withdrawTitle: ['撤回复用同意？', 'Withdraw consent to reuse?'],
  withdrawText: [
    '撤回后，办事时将不再提供这份材料复用，需要时请重新提交。材料本身不会删除：已经用过它的办件依规保留这份材料。',
    'After withdrawing, this material will no longer be offered for reuse; hand it over again when needed. Nothing is deleted: applications that already used it keep it, as the rules require.',
  ],
  agree: ['同意', 'Agree'],
  doWithdraw: ['撤回', 'Withdraw'],
  cancel: ['取消', 'Cancel'],
  confirmedToast: ['已同意复用', 'Reuse allowed'],
  withdrawnToast: ['已撤回同意', 'Consent withdrawn'],
} as const;

/** One material: what it is, when and how it came, whether it may be reused, and the consent button. */
export function MaterialItem({
  material,
  onChanged,
}: {
  material: MaterialView;
  onChanged: (material: MaterialView) => void;
}) {
  const t = useT(messages);
  const english = useLocale() === 'en-US';
  const pick = (pair: readonly [string, string]) => pair[english ? 1 : 0];
  const [saving, setSaving] = useState(false);
  const reportError = useReportApiError(null);
  const decision = nextDecision(material.consent.state);

  async function askAndRecord() {
    const confirming = decision === 'confirmed';
    const agreed = await Dialog.confirm({
      title: t(confirming ? 'confirmTitle' : 'withdrawTitle'),
      content: t(confirming ? 'confirmText' : 'withdrawText'),
      confirmText: t(confirming ? 'agree' : 'doWithdraw'),
      cancelText: t('cancel'),
    });
    if (!agreed) return;
    setSaving(true);
    try {
      onChanged(await recordMyConsent(material.id, decision));
      Toast.show({ icon: 'success', content: t(confirming ? 'confirmedToast' : 'withdrawnToast') });
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  }

  const details = [beijingDay(material.createdAt), pick(SOURCE_LABELS[material.source])];
  if (material.catalogItemName) details.push(material.catalogItemName);

  return (
    <article className={styles.item} aria-label={material.name}>
      <a className={styles.thumb} href={fileUrl(material.id)} target="_blank" rel="noreferrer">
        {isPreviewableImage(material.file.mimeType) ? (
          <img src={fileUrl(material.id)} alt="" loading="lazy" />
        ) : material.file.mimeType === 'application/pdf' ? (
          <span className={styles.fileIcon}>
            <FileOutline />
            PDF
          </span>
        ) : (
          <span className={styles.fileIcon}>
            <PictureOutline />
            HEIC
          </span>
        )}
      </a>
      <div className={styles.body}>
        <h3 className={styles.name}>{material.name}</h3>
        <p className={styles.details}>{details.join(' · ')}</p>
        <Tag color={CONSENT_TAG_COLORS[material.consent.state]} fill="outline" className={styles.state}>
          {pick(CONSENT_LABELS[material.consent.state])}
        </Tag>
        <div className={styles.actions}>
          <Button
            size="middle"
            onClick={() => {
              window.open(fileUrl(material.id), '_blank', 'noreferrer');
            }}
          >
            {t('view')}
          </Button>
          <Button
            size="middle"
            color={decision === 'confirmed' ? 'primary' : 'default'}
            loading={saving}
            onClick={askAndRecord}
          >
            {t(decision === 'confirmed' ? 'confirm' : 'withdraw')}
          </Button>
        </div>
      </div>
    </article>
  );
}
