import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** The public verification page of a certificate, where its QR code points. */
export function verificationUrl(token: string): string {
  return `${window.location.origin}/v/${token}`;
}

/** The QR code of `text` as an SVG data URL for an <img> (the CSP allows data: images); null while drawing. */
export function useQrCode(text: string | null): string | null {
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    setImage(null);
    if (text === null) return;
    let live = true;
    QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
      if (live) setImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [text]);
  return image;
}
