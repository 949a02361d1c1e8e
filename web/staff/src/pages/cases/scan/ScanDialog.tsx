import { CameraOutlined, DeleteOutlined, FileAddOutlined, RotateRightOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, Modal, Segmented, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError, post, upload } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { FILE_ACCEPT } from '../../../../../common/materials';
import { captureFrame, imagePage, type ScanPage, scanFile } from './scanPages';
import './scan.css';

const messages = {
  title: ['扫描材料：{name}', 'Scan: {name}'],
  camera: ['高拍仪 / 摄像头', 'Document camera'],
  scanner: ['扫描仪文件', 'Scanner file'],
  capture: ['拍摄本页', 'Capture this page'],
  noCamera: [
    '未能打开摄像头（未连接或浏览器未允许）。可改用“扫描仪文件”。',
    'The camera could not be opened (not connected or not allowed). Use a scanner file instead.',
  ],
  choose: ['选择扫描件（PDF 或图片）', 'Choose a scan (PDF or image)'],
  scannerNote: [
    '图片可多选，逐页加入；PDF 作为完整扫描件直接保存。',
    'Images are added as pages; a PDF is kept whole as the scan.',
  ],
  page: ['第 {n} 页', 'Page {n}'],
  rotate: ['旋转', 'Rotate'],
  remove: ['删除', 'Remove'],
  pdf: ['PDF 扫描件：{name}', 'PDF scan: {name}'],
  empty: ['尚未拍摄或选择任何页面', 'No page yet'],
  consent: [
    '已当面询问，申请人同意将本材料存入材料库，今后办事可直接复用',
    'Asked in person: the applicant agrees to keep this for reuse in later applications',
  ],
  save: ['保存扫描件并登记已收', 'Save the scan and record it received'],
  cancel: ['取消', 'Cancel'],
} as const;

export interface Scanned {
  materialId: string;
  version: number;
}

interface Props {
  caseId: string;
  material: { key: string; name: string };
  version: number;
  windowId: string | undefined;
  onDone: (scanned: Scanned) => void;
  onCancel: () => void;
}

/** The camera's live picture while the dialog shows it; stops the camera when gone. */
function useCamera(on: boolean) {
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!on) return;
    let stream: MediaStream | null = null;
    let gone = false;
    const stop = (opened: MediaStream) => {
      for (const track of opened.getTracks()) track.stop();
    };
    if (!navigator.mediaDevices) setFailed(true);
    navigator.mediaDevices
      ?.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } } })
      .then((opened) => {
        stream = opened;
        if (gone) stop(opened);
        else if (video.current) video.current.srcObject = opened;
      })
      .catch(() => setFailed(true));
    return () => {
      gone = true;
      if (stream) stop(stream);
    };
  }, [on]);
  return { video, failed };
}

/**
 * Scans one material at the window: pages from the document camera (or a
 * scanner's files), each turned as needed, saved as one file to the
 * applicant's material store and recorded on the case as handed over; the
 * applicant's consent to reuse, asked at the window, is recorded with it.
 */
export function ScanDialog({ caseId, material, version, windowId, onDone, onCancel }: Props) {
  const t = useT(messages);
  const [mode, setMode] = useState<'camera' | 'scanner'>('camera');
  const { video, failed } = useCamera(mode === 'camera');
  const [pages, setPages] = useState<ScanPage[]>([]);
  const [pdf, setPdf] = useState<File | null>(null);
  const [consent, setConsent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  // The pages' pictures live until the dialog closes.
  const shown = useRef<ScanPage[]>([]);
  shown.current = pages;
  useEffect(
    () => () => {
      for (const page of shown.current) URL.revokeObjectURL(page.url);
    },
    [],
  );

  const capture = async () => {
    if (!video.current?.videoWidth) return;
    const page = await captureFrame(video.current);
    setPdf(null);
    setPages((current) => [...current, page]);
  };
  const choose = async (files: FileList | null) => {
    const chosen = [...(files ?? [])];
    const whole = chosen.find((file) => file.type === 'application/pdf');
    if (whole) {
      setPages([]);
      setPdf(whole);
      return;
    }
    const added = await Promise.all(chosen.map(imagePage));
    setPdf(null);
    setPages((current) => [...current, ...added]);
  };
  const turn = (index: number) =>
    setPages((current) =>
      current.map((page, at) => (at === index ? { ...page, turns: (page.turns + 1) % 4 } : page)),
    );
  const remove = (index: number) => {
    const page = pages[index];
    if (page) URL.revokeObjectURL(page.url);
    setPages(pages.filter((_, at) => at !== index));
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = pdf ?? (await scanFile(pages));
      const form = new FormData();
      form.append('version', String(version));
      if (windowId) form.append('windowId', windowId);
      form.append('file', file, pdf ? pdf.name : file.type === 'application/pdf' ? 'scan.pdf' : 'scan.jpg');
      const path = `/api/cases/${encodeURIComponent(caseId)}/materials/${encodeURIComponent(material.key)}/scan`;
      const scanned = await upload<Scanned>(path, form);
      if (consent) await post(`/api/materials/${scanned.materialId}/consent`, { decision: 'confirmed' });
      onDone(scanned);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={960}
      title={t('title').replace('{name}', material.name)}
      onCancel={onCancel}
      maskClosable={false}
      footer={
        <Flex justify="space-between" align="center" gap={12}>
          <Checkbox checked={consent} onChange={(event) => setConsent(event.target.checked)}>
            {t('consent')}
          </Checkbox>
          <Flex gap={8}>
            <Button onClick={onCancel}>{t('cancel')}</Button>
            <Button
              type="primary"
              loading={busy}
              disabled={pages.length === 0 && !pdf}
              onClick={save}
              data-testid="scan-save"
            >
              {t('save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Segmented
          value={mode}
          onChange={(value) => setMode(value as 'camera' | 'scanner')}
          options={[
            { value: 'camera', label: t('camera'), icon: <CameraOutlined /> },
            { value: 'scanner', label: t('scanner'), icon: <FileAddOutlined /> },
          ]}
        />
        {mode === 'camera' &&
          (failed ? (
            <Alert type="warning" showIcon title={t('noCamera')} />
          ) : (
            <Flex vertical gap={8} align="center" className="scan-camera">
              <video ref={video} autoPlay playsInline muted />
              <Button type="primary" icon={<CameraOutlined />} onClick={capture} data-testid="scan-capture">
                {t('capture')}
              </Button>
            </Flex>
          ))}
        {mode === 'scanner' && (
          <Flex vertical gap={4} align="flex-start">
            <input
              ref={input}
              type="file"
              accept={FILE_ACCEPT}
              multiple
              hidden
              data-testid="scan-file"
              onChange={(event) => {
                void choose(event.target.files);
                event.target.value = '';
              }}
            />
            <Button icon={<FileAddOutlined />} onClick={() => input.current?.click()}>
              {t('choose')}
            </Button>
            <Typography.Text type="secondary">{t('scannerNote')}</Typography.Text>
          </Flex>
        )}
        {error && <Alert type="error" showIcon title={error} />}
        {pdf && <Alert type="info" showIcon title={t('pdf').replace('{name}', pdf.name)} />}
        {!pdf && pages.length === 0 && <Typography.Text type="secondary">{t('empty')}</Typography.Text>}
        <Flex gap={12} wrap className="scan-pages">
          {pages.map((page, index) => (
            <Flex key={page.url} vertical gap={4} align="center" className="scan-page">
              <div className="scan-thumb">
                <img
                  src={page.url}
                  alt={t('page').replace('{n}', String(index + 1))}
                  style={{ transform: `rotate(${page.turns * 90}deg)` }}
                />
              </div>
              <span>{t('page').replace('{n}', String(index + 1))}</span>
              <Flex gap={4}>
                <Button size="small" icon={<RotateRightOutlined />} onClick={() => turn(index)}>
                  {t('rotate')}
                </Button>
                <Button size="small" danger icon={<DeleteOutlined />} onClick={() => remove(index)}>
                  {t('remove')}
                </Button>
              </Flex>
            </Flex>
          ))}
        </Flex>
      </Flex>
    </Modal>
  );
}
