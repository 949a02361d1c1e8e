import { SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../../../../src/shared/citizen-id';
import { CREDIT_CODE_PROBLEM_MESSAGES, checkCreditCode } from '../../../../../src/shared/credit-code';
import type { SubjectKind } from '../../../../../src/shared/registry-fields';
import { type ApiError, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { useApi, withQuery } from '../../api/useApi';
import { useReportError } from '../../api/useReportError';
import { PageSection } from '../../components/PageSection';
import { SubjectProfile } from './SubjectProfile';
import type { Purpose, SubjectProfileData } from './types';
import './registry.css';

const messages = {
  personTitle: ['人员信息查询', 'Person look-up'],
  enterpriseTitle: ['市场主体信息查询', 'Business look-up'],
  personDescription: [
    '凭身份证号码和查阅目的调取人口库信息；只显示本部门获授权的字段，每次查阅都会留痕并告知本人。',
    'Look a person up by ID number for a stated purpose; only fields your department is granted are shown, and every read is logged and visible to the person.',
  ],
  enterpriseDescription: [
    '凭统一社会信用代码和查阅目的调取法人库信息；按授权显示字段，查阅留痕。',
    'Look a business up by credit code for a stated purpose; fields as granted, every read logged.',
  ],
  idNumber: ['身份证号码', 'ID number'],
  creditCode: ['统一社会信用代码', 'Credit code'],
  purpose: ['查阅目的', 'Purpose'],
  caseRef: ['关联办件编号（选填）', 'Case number (optional)'],
  lookUp: ['查阅', 'Look up'],
  noPurpose: [
    '本部门尚未获得查阅授权，请联系数据管理部门在“数据共享授权”中开通。',
    'Your department holds no grant yet; ask the data office to add one under Data sharing grants.',
  ],
  required: ['请输入号码', 'Enter the number'],
} as const;

interface LookupValues {
  number: string;
  purpose: string;
  caseRef?: string;
}

function numberRule(kind: SubjectKind) {
  return {
    validator: async (_: unknown, raw: string | undefined) => {
      const value = (raw ?? '').trim().toUpperCase();
      if (!value) return;
      const check = kind === 'person' ? checkCitizenId(value) : checkCreditCode(value);
      if (check.valid) return;
      throw new Error(
        kind === 'person'
          ? CITIZEN_ID_PROBLEM_MESSAGES[check.problem as keyof typeof CITIZEN_ID_PROBLEM_MESSAGES]
          : CREDIT_CODE_PROBLEM_MESSAGES[check.problem as keyof typeof CREDIT_CODE_PROBLEM_MESSAGES],
      );
    },
  };
}

/** Look-up by number for a purpose: the profile shows exactly what the department's grant allows. */
export function SubjectLookupPage({ kind }: { kind: SubjectKind }) {
  const t = useT(messages);
  const reportError = useReportError();
  const [form] = Form.useForm<LookupValues>();
  const purposes = useApi<{ items: Purpose[] }>(withQuery('/api/registry/purposes', { kind }));
  const [profile, setProfile] = useState<SubjectProfileData>();
  const [loading, setLoading] = useState(false);
  const person = kind === 'person';

  const lookUp = async (values: LookupValues) => {
    setLoading(true);
    try {
      const number = values.number.trim().toUpperCase();
      // The number goes in the body, never in the URL (access logs keep URLs).
      const read = { purpose: values.purpose, caseRef: values.caseRef || undefined };
      setProfile(
        person
          ? await post<SubjectProfileData>('/api/registry/persons/lookup', { idNumber: number, ...read })
          : await post<SubjectProfileData>('/api/registry/enterprises/lookup', {
              creditCode: number,
              ...read,
            }),
      );
    } catch (error) {
      setProfile(undefined);
      reportError(error as ApiError);
    } finally {
      setLoading(false);
    }
  };

  const options = purposes.data?.items ?? [];
  const firstPurpose = options[0]?.purpose;
  useEffect(() => {
    if (firstPurpose && !form.getFieldValue('purpose')) form.setFieldValue('purpose', firstPurpose);
  }, [firstPurpose, form]);

  return (
    <PageSection
      title={t(person ? 'personTitle' : 'enterpriseTitle')}
      description={t(person ? 'personDescription' : 'enterpriseDescription')}
    >
      {purposes.data && options.length === 0 && (
        <Alert type="warning" showIcon message={t('noPurpose')} className="registry-alert" />
      )}
      <Form form={form} name={`lookup-${kind}`} layout="inline" className="registry-lookup" onFinish={lookUp}>
        <Form.Item
          name="number"
          label={t(person ? 'idNumber' : 'creditCode')}
          rules={[{ required: true, message: t('required') }, numberRule(kind)]}
          validateDebounce={300}
        >
          <Input allowClear maxLength={18} className="registry-number" autoComplete="off" />
        </Form.Item>
        <Form.Item name="purpose" label={t('purpose')} rules={[{ required: true }]}>
          <Select
            className="registry-purpose"
            options={options.map((option) => ({ value: option.purpose, label: option.purpose }))}
          />
        </Form.Item>
        <Form.Item name="caseRef" label={t('caseRef')}>
          <Input maxLength={40} className="registry-case" />
        </Form.Item>
        <Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            icon={<SearchOutlined />}
            loading={loading}
            disabled={options.length === 0}
          >
            {t('lookUp')}
          </Button>
        </Form.Item>
      </Form>
      {profile && <SubjectProfile profile={profile} onChanged={() => form.submit()} />}
    </PageSection>
  );
}
