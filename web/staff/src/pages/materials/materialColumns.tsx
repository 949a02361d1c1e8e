import { FileImageOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { isPreviewableImage } from '../../../../../src/shared/material-files';
import { useT } from '../../../../common/locale';
import {
  CONSENT_LABELS,
  CONSENT_TAG_COLORS,
  fileUrl,
  type MaterialView,
  SOURCE_LABELS,
} from '../../../../common/materials';
import { formatDateTime } from '../../components/format';
import { RowButton } from '../../components/RowActions';
import { useLabels } from '../../i18n/useLabels';

const messages = {
  preview: ['预览', 'Preview'],
  name: ['材料', 'Material'],
  source: ['来源', 'Source'],
  uploadedBy: ['上传人', 'Uploaded by'],
  uploadedAt: ['上传时间', 'Uploaded at'],
  consent: ['复用同意', 'Reuse consent'],
  uses: ['办件引用', 'Used by'],
  actions: ['操作', 'Actions'],
  view: ['查看', 'View'],
  recordConsent: ['登记同意', 'Record consent'],
  recordWithdrawal: ['登记撤回', 'Record withdrawal'],
  byWindow: ['窗口代为登记', 'at a window'],
  byApp: ['本人线上确认', 'in the app'],
  usesCount: ['{n} 个办件', '{n} applications'],
} as const;

/** The columns of an owner's material list: preview, what and whence, consent, uses, actions. */
export function useMaterialColumns(askConsent: (material: MaterialView) => void) {
  const t = useT(messages);
  const { english } = useLabels();
  const pick = (pair: readonly [string, string]) => pair[english ? 1 : 0];

  const columns: TableColumnsType<MaterialView> = [
    {
      title: t('preview'),
      dataIndex: 'file',
      width: 84,
      render: (_, material) => (
        <a href={fileUrl(material.id)} target="_blank" rel="noreferrer" className="material-thumb">
          {isPreviewableImage(material.file.mimeType) ? (
            <img src={fileUrl(material.id)} alt={material.name} loading="lazy" />
          ) : material.file.mimeType === 'application/pdf' ? (
            <FilePdfOutlined />
          ) : (
            <FileImageOutlined />
          )}
        </a>
      ),
    },
    {
      title: t('name'),
      dataIndex: 'name',
      render: (name: string, material) => (
        <Flex vertical>
          <Typography.Text strong>{name}</Typography.Text>
          {material.catalogItemName && (
            <Typography.Text type="secondary">{material.catalogItemName}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('source'),
      dataIndex: 'source',
      width: 110,
      render: (source: MaterialView['source']) => pick(SOURCE_LABELS[source]),
    },
    { title: t('uploadedBy'), dataIndex: 'uploadedByName', width: 100 },
    { title: t('uploadedAt'), dataIndex: 'createdAt', width: 170, render: formatDateTime },
    {
      title: t('consent'),
      dataIndex: 'consent',
      width: 230,
      render: (consent: MaterialView['consent']) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={CONSENT_TAG_COLORS[consent.state]}>{pick(CONSENT_LABELS[consent.state])}</Tag>
          </span>
          {consent.at && (
            <Typography.Text type="secondary" className="material-consent-at">
              {formatDateTime(consent.at)} {t(consent.channel === 'window' ? 'byWindow' : 'byApp')}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: t('uses'),
      dataIndex: 'useCount',
      width: 100,
      render: (count: number) => (count > 0 ? t('usesCount').replace('{n}', String(count)) : '—'),
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 170,
      render: (_, material) => (
        <Flex>
          <RowButton onClick={() => window.open(fileUrl(material.id), '_blank', 'noreferrer')}>
            {t('view')}
          </RowButton>
          <RowButton onClick={() => askConsent(material)}>
            {t(material.consent.state === 'confirmed' ? 'recordWithdrawal' : 'recordConsent')}
          </RowButton>
        </Flex>
      ),
    },
  ];

  return columns;
}
