import { LeftOutlined, RightOutlined, RotateRightOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useT } from '../../../../../common/locale';
import { type CasePaper, paperUrl } from './types';

const messages = {
  title: ['材料查看', 'Papers'],
  previous: ['上一份', 'Previous'],
  next: ['下一份', 'Next'],
  rotate: ['旋转', 'Rotate'],
  newTab: ['在新标签页中打开', 'Open in a new tab'],
  position: ['第 {i} / {n} 份', '{i} of {n}'],
  none: ['没有可查看的文件', 'No file to show'],
  logged: ['每次查看都记入申请人可见的查阅记录', 'Each view is logged where the applicant sees it'],
} as const;

/**
 * Pages through the case's files without downloading them: an image inline,
 * turned a quarter at a time; a PDF in the browser's own viewer.
 */
export function PaperViewer({
  caseId,
  files,
  start,
  onClose,
}: {
  caseId: string;
  files: CasePaper[];
  start: number;
  onClose: () => void;
}) {
  const t = useT(messages);
  const [index, setIndex] = useState(start);
  const [turns, setTurns] = useState(0);
  const paper = files[index];
  const go = (step: number) => {
    setIndex((index + step + files.length) % files.length);
    setTurns(0);
  };
  const file = paper?.file;
  return (
    <Modal
      open
      width={1100}
      centered
      onCancel={onClose}
      footer={null}
      title={
        <Flex gap={12} align="center" wrap>
          <span>{paper ? paper.name : t('title')}</span>
          <Typography.Text type="secondary" className="paper-note">
            {t('position')
              .replace('{i}', String(index + 1))
              .replace('{n}', String(files.length))}{' '}
            · {t('logged')}
          </Typography.Text>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} justify="center">
          <Button icon={<LeftOutlined />} disabled={files.length < 2} onClick={() => go(-1)}>
            {t('previous')}
          </Button>
          {file && file.mimeType !== 'application/pdf' && (
            <Button icon={<RotateRightOutlined />} onClick={() => setTurns((turns + 1) % 4)}>
              {t('rotate')}
            </Button>
          )}
          <Button disabled={files.length < 2} onClick={() => go(1)}>
            {t('next')} <RightOutlined />
          </Button>
          {file && (
            <Button type="link" href={paperUrl(caseId, file.materialId)} target="_blank" rel="noreferrer">
              {t('newTab')}
            </Button>
          )}
        </Flex>
        <div className="paper-stage" data-testid="paper-stage">
          {!file ? (
            <Empty description={t('none')} />
          ) : file.mimeType === 'application/pdf' ? (
            <iframe key={file.materialId} title={paper.name} src={paperUrl(caseId, file.materialId)} />
          ) : (
            <img
              key={file.materialId}
              alt={paper.name}
              src={paperUrl(caseId, file.materialId)}
              style={{ transform: `rotate(${turns * 90}deg)` }}
            />
          )}
        </div>
      </Flex>
    </Modal>
  );
}
