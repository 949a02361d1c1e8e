import { LockOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Tabs, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useT } from '../../../../common/locale';
import { formatMinute } from '../../components/format';
import { useStaffUser } from '../../session/SessionProvider';
import { HolderCertificates } from '../certificates/HolderCertificates';
import { OwnerMaterials } from '../materials/OwnerMaterials';
import { ConflictList } from './ConflictList';
import { SubjectCases } from './SubjectCases';
import type { SubjectProfileData } from './types';
import { useFieldText } from './useFieldText';

const messages = {
  purposeLogged: ['本次查阅已留痕，查阅目的：', 'This read is logged. Purpose: '],
  source: ['来源', 'Source'],
  asOf: ['数据日期', 'Data date'],
  written: ['写入时间', 'Written'],
  withheld: ['以下字段本部门未获授权，不予显示：', 'Not granted to your department, so not shown: '],
  age: ['{n} 岁', '{n} years'],
  unnamed: ['（姓名未获授权）', '(name not granted)'],
  certificates: ['电子证照', 'E-certificates'],
  materials: ['材料库', 'Materials'],
  cases: ['办件', 'Cases'],
} as const;

/** One person's or business's page: the granted fields, each with where it came from. */
export function SubjectProfile({
  profile,
  onChanged,
}: {
  profile: SubjectProfileData;
  onChanged: () => void;
}) {
  const t = useT(messages);
  const text = useFieldText(profile.kind);
  const { permissions } = useStaffUser();
  const related = [
    (permissions.includes('case.view') || permissions.includes('case.intake')) && {
      key: 'cases',
      label: t('cases'),
      children: <SubjectCases number={profile.number} />,
    },
    permissions.includes('certificate.view') && {
      key: 'certificates',
      label: t('certificates'),
      children: <HolderCertificates holderNumber={profile.number} />,
    },
    permissions.includes('material.manage') && {
      key: 'materials',
      label: t('materials'),
      children: (
        <OwnerMaterials
          owner={{ ownerIdType: profile.kind === 'person' ? '111' : '001', ownerNumber: profile.number }}
        />
      ),
    },
  ].filter((tab) => tab !== false);
  const regionName = (field: SubjectProfileData['fields'][number]) =>
    text.kindOf(field.key) === 'region' && typeof field.value === 'string'
      ? profile.regionNames[field.value]
      : undefined;
  const granted = (key: string) => profile.fields.find((field) => field.key === key)?.value;
  const name = granted('name');
  const birthDate = granted('birthDate');
  const age = typeof birthDate === 'string' ? dayjs().diff(dayjs(birthDate), 'year') : null;

  return (
    <Card className="registry-profile" variant="outlined">
      <Flex align="baseline" gap={12} wrap className="registry-profile-head">
        <Typography.Title level={4} className="registry-profile-name">
          {typeof name === 'string' ? name : t('unnamed')}
        </Typography.Title>
        <Typography.Text code>{profile.maskedNumber}</Typography.Text>
        {typeof granted('sex') === 'string' && <Tag>{text.value('sex', granted('sex'))}</Tag>}
        {age !== null && <Tag color="blue">{t('age').replace('{n}', String(age))}</Tag>}
        {(granted('specialGroups') as string[] | undefined)?.map((group) => (
          <Tag color="gold" key={group}>
            {text.value('specialGroups', group)}
          </Tag>
        ))}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={profile.fields
          .filter((field) => field.key !== 'name')
          .map((field) => ({
            key: field.key,
            label: text.label(field.key),
            children: (
              <div>
                <div className="registry-value">
                  {regionName(field) ? (
                    <>
                      {regionName(field)}
                      <Typography.Text type="secondary" className="registry-code">
                        {field.value}
                      </Typography.Text>
                    </>
                  ) : (
                    text.value(field.key, field.value)
                  )}
                </div>
                {field.source && (
                  <Tooltip
                    title={`${t('source')}：${field.source.source}；${t('asOf')}：${field.source.asOf}；${t('written')}：${formatMinute(field.source.at)}`}
                  >
                    <Typography.Text type="secondary" className="registry-source">
                      {field.source.source} · {field.source.asOf}
                    </Typography.Text>
                  </Tooltip>
                )}
              </div>
            ),
          }))}
      />
      {profile.withheld.length > 0 && (
        <Typography.Paragraph type="secondary" className="registry-withheld">
          <LockOutlined /> {t('withheld')}
          {profile.withheld.map((key) => text.label(key)).join('、')}
        </Typography.Paragraph>
      )}
      <ConflictList kind={profile.kind} conflicts={profile.conflicts} onResolved={onChanged} />
      {related.length > 0 && <Tabs className="registry-related" items={related} />}
      <Typography.Paragraph type="secondary" className="registry-logged">
        <SafetyCertificateOutlined /> {t('purposeLogged')}
        {profile.purpose}
      </Typography.Paragraph>
    </Card>
  );
}
