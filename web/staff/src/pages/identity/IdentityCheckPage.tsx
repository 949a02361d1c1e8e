import { Alert, App, Button, Checkbox, Descriptions, Flex, Form, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../../../../src/shared/citizen-id';
import { ApiError, post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { formatDateTime } from '../../components/format';
import { PageSection } from '../../components/PageSection';
import { rememberedWindow, rememberWindow, useDeskWindows } from '../cases/useDeskWindows';
import './identity.css';

const messages = {
  title: ['实名核验', 'ID check'],
  description: [
    '群众带身份证原件到窗口：查验证件后核验其手机账号的实名绑定，或把已绑定其他手机的号码改绑到本人手机',
    "A resident brings the ID card: after checking it, verify their phone account's real-name link, or move a number linked to another phone to theirs",
  ],
  phone: ['群众登录“一次”的手机号码', 'The mobile number the resident signs in with'],
  phoneInvalid: ['请输入11位手机号码', 'Enter an 11-digit mobile number'],
  find: ['查找账号', 'Find the account'],
  account: ['账号', 'Account'],
  claimedName: ['申报姓名', 'Name given'],
  claimedNumber: ['申报身份证号码', 'ID number given'],
  state: ['实名状态', 'Status'],
  none: ['尚未实名认证', 'No ID linked yet'],
  unverified: ['未核验', 'Not verified'],
  verified: ['已核验', 'Verified'],
  verifiedHow: ['{how}，{at}', '{how}, {at}'],
  registry: ['人口库手机号一致', 'registry phone matched'],
  window: ['窗口查验身份证', 'ID card checked at a window'],
  provider: ['实名核验服务', 'verification service'],
  card: ['按身份证原件填写', 'As on the ID card'],
  name: ['身份证上的姓名', 'Name on the ID card'],
  nameRequired: ['请输入身份证上的姓名', 'Enter the name on the ID card'],
  idNumber: ['身份证号码', 'ID number'],
  idRequired: ['请输入身份证号码', 'Enter the ID number'],
  format: [
    CITIZEN_ID_PROBLEM_MESSAGES.format,
    'An ID number has 18 characters: 17 digits, then a digit or X',
  ],
  birthDate: [CITIZEN_ID_PROBLEM_MESSAGES.birthDate, 'The date of birth in this ID number is not valid'],
  checkDigit: [CITIZEN_ID_PROBLEM_MESSAGES.checkDigit, 'The last character does not match'],
  deskWindow: ['当前窗口', 'Your window'],
  windowRequired: ['请选择您所在的窗口', 'Choose your window'],
  checked: [
    '已查验身份证原件：证件有效，照片与本人相符，姓名和号码与上面填写的一致',
    'I checked the original ID card: valid, the photo is this person, name and number as entered',
  ],
  checkedRequired: ['请先查验身份证原件并勾选', 'Check the ID card first and tick this'],
  moveLink: [
    '持证人本人确认：改绑到此手机号码（原手机将收到短信通知）',
    'The card holder confirms: move the link to this phone (the old phone is told by SMS)',
  ],
  submit: ['确认核验', 'Confirm'],
  done: [
    '已核验，群众刷新手机即可看到本人信息',
    'Verified: the resident sees their data after refreshing the app',
  ],
  next: ['核验下一位', 'Next resident'],
} as const;

interface Claim {
  nameMasked: string | null;
  idNumberMasked: string;
  verified: boolean;
  verifiedBy: 'registry' | 'window' | 'provider' | null;
  verifiedAt: string | null;
  verifiedPlace: string | null;
}

interface AccountView {
  phoneMasked: string;
  claim: Claim | null;
}

interface CardValues {
  name: string;
  idNumber: string;
  windowId: string;
  idCardChecked: boolean;
  moveLink?: boolean;
}

/** 实名核验: find the resident's account by phone (sent in the body), check the ID card, verify or move the link. */
export function IdentityCheckPage() {
  const t = useT(messages);
  const { message } = App.useApp();
  const { windows } = useDeskWindows();
  const [phone, setPhone] = useState('');
  const [account, setAccount] = useState<AccountView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<CardValues>();

  const find = async ({ phone: typed }: { phone: string }) => {
    setBusy(true);
    setProblem(null);
    setTaken(null);
    try {
      setAccount(await post<AccountView>('/api/resident-identities/lookup', { phone: typed }));
      setPhone(typed);
      form.resetFields();
    } catch (error) {
      setAccount(null);
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const verify = async (values: CardValues) => {
    setBusy(true);
    setProblem(null);
    try {
      rememberWindow(values.windowId);
      setAccount(await post<AccountView>('/api/resident-identities/verify', { ...values, phone }));
      setTaken(null);
      message.success(t('done'));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ID_NUMBER_TAKEN') setTaken(error.message);
      else setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const claim = account?.claim;
  const how = claim?.verifiedBy
    ? t('verifiedHow')
        .replace('{how}', claim.verifiedPlace ?? t(claim.verifiedBy))
        .replace('{at}', claim.verifiedAt ? formatDateTime(claim.verifiedAt) : '')
    : null;

  return (
    <PageSection title={t('title')} description={t('description')}>
      <Flex vertical gap={16} className="identity-check">
        <Form layout="inline" onFinish={find} name="identity-lookup">
          <Form.Item
            name="phone"
            label={t('phone')}
            rules={[{ required: true, pattern: /^1[3-9]\d{9}$/, message: t('phoneInvalid') }]}
          >
            <Input maxLength={11} inputMode="numeric" autoComplete="off" className="identity-phone" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy && !account}>
            {t('find')}
          </Button>
        </Form>
        {problem && <Alert type="error" showIcon title={problem} />}
        {account && (
          <>
            <Descriptions bordered size="small" column={1} className="identity-account">
              <Descriptions.Item label={t('account')}>{account.phoneMasked}</Descriptions.Item>
              <Descriptions.Item label={t('claimedName')}>{claim?.nameMasked ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('claimedNumber')}>{claim?.idNumberMasked ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('state')}>
                {!claim ? (
                  <Tag>{t('none')}</Tag>
                ) : claim.verified ? (
                  <Flex gap={8} wrap>
                    <Tag color="success" data-testid="identity-state">
                      {t('verified')}
                    </Tag>
                    <span>{how}</span>
                  </Flex>
                ) : (
                  <Tag color="warning" data-testid="identity-state">
                    {t('unverified')}
                  </Tag>
                )}
              </Descriptions.Item>
            </Descriptions>
            {!claim?.verified && (
              <Form
                form={form}
                layout="vertical"
                name="identity-card"
                onFinish={verify}
                initialValues={{ windowId: rememberedWindow() }}
                className="identity-card"
              >
                <Form.Item label={t('card')} colon={false} className="identity-card-title" />
                <Form.Item
                  name="name"
                  label={t('name')}
                  rules={[{ required: true, whitespace: true, min: 2, max: 30, message: t('nameRequired') }]}
                >
                  <Input maxLength={30} autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name="idNumber"
                  label={t('idNumber')}
                  normalize={(value: string) =>
                    (value ?? '')
                      .toUpperCase()
                      .replace(/[^0-9X]/g, '')
                      .slice(0, 18)
                  }
                  rules={[
                    {
                      validator: async (_rule, value: string | undefined) => {
                        if (!value) throw new Error(t('idRequired'));
                        const check = checkCitizenId(value);
                        if (!check.valid) throw new Error(t(check.problem));
                      },
                    },
                  ]}
                >
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item
                  name="windowId"
                  label={t('deskWindow')}
                  rules={[{ required: true, message: t('windowRequired') }]}
                >
                  <Select options={windows.map((window) => ({ value: window.id, label: window.label }))} />
                </Form.Item>
                <Form.Item
                  name="idCardChecked"
                  valuePropName="checked"
                  rules={[
                    {
                      validator: async (_rule, value: boolean | undefined) => {
                        if (!value) throw new Error(t('checkedRequired'));
                      },
                    },
                  ]}
                >
                  <Checkbox>{t('checked')}</Checkbox>
                </Form.Item>
                {taken && (
                  <>
                    <Alert type="warning" showIcon title={taken} className="identity-taken" />
                    <Form.Item name="moveLink" valuePropName="checked">
                      <Checkbox>{t('moveLink')}</Checkbox>
                    </Form.Item>
                  </>
                )}
                <Button type="primary" htmlType="submit" loading={busy}>
                  {t('submit')}
                </Button>
              </Form>
            )}
          </>
        )}
      </Flex>
    </PageSection>
  );
}
