import { Typography } from 'antd';
import { useQrCode, verificationUrl } from '../../../../common/certificate-qr';
import { useT } from '../../../../common/locale';

const messages = {
  caption: ['扫码核验证照真伪与状态', 'Scan to check the certificate'],
  alt: ['证照核验二维码', 'Verification QR code'],
  open: ['打开核验页面', 'Open the check page'],
} as const;

/** The certificate's verification QR code, with the link it encodes. */
export function CertificateQr({ token }: { token: string }) {
  const t = useT(messages);
  const url = verificationUrl(token);
  const image = useQrCode(url);
  return (
    <div className="certificate-qr">
      {image ? <img src={image} alt={t('alt')} /> : <div style={{ height: 152 }} />}
      <Typography.Text type="secondary" className="certificate-qr-caption">
        {t('caption')}
      </Typography.Text>
      <div>
        <Typography.Link href={url} target="_blank" rel="noreferrer" className="certificate-qr-caption">
          {t('open')}
        </Typography.Link>
      </div>
    </div>
  );
}
