import { CheckSquareOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useT } from '../../../../../common/locale';
import { useCatalogTerms } from '../../../i18n/catalogTerms';
import type { ItemContent } from '../types';

const messages = {
  none: ['本事项无需提交材料', 'No materials are needed'],
  required: ['必需', 'Required'],
  optional: ['非必需', 'Optional'],
  originals: ['原件 {n} 份', '{n} original(s)'],
  copies: ['复印件 {n} 份', '{n} copy(ies)'],
  certificates: [
    '可调取电子证照：{list}。调取成功可免收纸质材料。',
    'E-certificates: {list}. If found, the paper is not needed.',
  ],
  checks: ['收件核验要点', 'What to check on intake'],
  noChecks: ['未列出核验要点，按受理标准收件', 'No checks listed; follow the acceptance standard'],
  standard: ['受理标准', 'Acceptance standard'],
  notes: ['填报须知', 'Filling notes'],
  blankForm: ['空白表格', 'Blank form'],
  sample: ['示例样表', 'Sample'],
} as const;

type Material = ItemContent['materials'][number];

/** 作业指导书 for intake: per material what to collect and what the window clerk checks. */
export function MaterialChecklist({ materials }: { materials: Material[] }) {
  const t = useT(messages);
  const terms = useCatalogTerms();
  if (materials.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('none')} />;

  const line = (label: string, text: string) =>
    text ? (
      <div className="material-line">
        <span className="material-line-label">{label}</span>
        {text}
      </div>
    ) : null;

  return (
    <Flex vertical gap={12} className="material-list">
      {materials.map((material, index) => (
        <Card
          key={material.key}
          size="small"
          className="material-card"
          data-testid={`material-view-${index}`}
          title={
            <Flex align="center" gap={8} wrap>
              <span className="material-number">{index + 1}</span>
              <span>{material.name}</span>
              <Tag color={material.required ? 'red' : 'default'}>
                {material.required ? t('required') : t('optional')}
              </Tag>
            </Flex>
          }
          extra={
            <Flex gap={4} wrap>
              {material.forms.map((form) => (
                <Tag key={form}>{terms.label('materialForm', form)}</Tag>
              ))}
              <Tag variant="filled">{terms.label('materialSource', material.source)}</Tag>
            </Flex>
          }
        >
          <div className="material-counts">
            {material.originalCount > 0 && (
              <span>{t('originals').replace('{n}', String(material.originalCount))}</span>
            )}
            {material.copyCount > 0 && <span>{t('copies').replace('{n}', String(material.copyCount))}</span>}
          </div>
          {material.certificateTypes.length > 0 && (
            <div className="material-certificates">
              <SafetyCertificateOutlined />{' '}
              {t('certificates').replace(
                '{list}',
                material.certificateTypes.map((type) => terms.label('certificateType', type)).join('、'),
              )}
            </div>
          )}
          <Typography.Text strong className="material-checks-title">
            {t('checks')}
          </Typography.Text>
          {material.checks.length > 0 ? (
            <ul className="material-checks">
              {material.checks.map((check) => (
                <li key={check}>
                  <CheckSquareOutlined /> {check}
                </li>
              ))}
            </ul>
          ) : (
            <div className="table-note">{t('noChecks')}</div>
          )}
          {line(t('standard'), material.acceptanceStandard)}
          {line(t('notes'), material.fillingNotes)}
          {line(t('blankForm'), material.blankFormFile ?? '')}
          {line(t('sample'), material.sampleFile ?? '')}
        </Card>
      ))}
    </Flex>
  );
}
