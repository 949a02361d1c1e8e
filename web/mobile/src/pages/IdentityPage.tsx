import { Button, Form, Input, Toast } from 'antd-mobile';
import { useState } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { CITIZEN_ID_PROBLEM_MESSAGES, checkCitizenId } from '../../../../src/shared/citizen-id';
import { put } from '../../../common/api';
import { useT } from '../../../common/locale';
import { FormPage, SubmitForm } from '../components/FormPage';
import { checkWhileTyping, useReportApiError } from '../formFeedback';
import { type MeReply, useSession } from '../session';
import styles from './IdentityPage.module.css';

const messages = {
  title: ['实名认证', 'Verify identity'],
  heading: ['绑定身份证，办事更方便', 'Link your ID card to use services'],
  intro: [
    '身份信息仅用于办理政务服务时核验身份。绑定后如需更改，请到窗口办理。',
    'Your details are only used to confirm who you are when you apply for services. To change them later, please visit a service window.',
  ],
  name: ['姓名', 'Name'],
  namePlaceholder: ['请输入身份证上的姓名', 'Name as on your ID card'],
  nameInvalid: ['请输入真实姓名', 'Please enter your real name'],
  idNumber: ['身份证号码', 'ID number'],
  idPlaceholder: ['请输入18位身份证号码', 'Enter your 18-character ID number'],
  idRequired: ['请输入身份证号码', 'Please enter your ID number'],
  format: [
    CITIZEN_ID_PROBLEM_MESSAGES.format,
    'An ID number has 18 characters: 17 digits, then a digit or X',
  ],
  birthDate: [CITIZEN_ID_PROBLEM_MESSAGES.birthDate, 'The date of birth in this ID number is not valid'],
  checkDigit: [
    CITIZEN_ID_PROBLEM_MESSAGES.checkDigit,
    'The last character does not match; please check the number',
  ],
  submit: ['提交认证', 'Submit'],
  later: ['暂不认证', 'Not now'],
  done: ['实名认证成功', 'Identity verified'],
  linked: ['已绑定，待核验', 'Linked, not verified yet'],
  waitingTitle: [
    '身份证号码已绑定，还需到窗口核验',
    'Your ID number is linked; a window still has to check it',
  ],
  waitingText: [
    '系统未能自动确认是您本人（例如人口库登记的手机号码不是本手机）。核验前，您看不到本人的证照、材料和办件信息，在线申请也不会自动填表（可以手动填写全部内容申请）。请带上身份证原件到任一便民服务中心窗口，工作人员查验后即可核验。',
    'The platform could not confirm it is you (say, the registry holds another phone for this number). Until it is, you do not see your certificates, papers or cases and forms are not filled in for you (you can still apply by typing everything). Bring your ID card to any service centre window; a clerk will check it.',
  ],
  toMe: ['知道了', 'OK'],
} as const;

const ID_LENGTH = 18;
const idCharsOnly = (value: string | undefined) =>
  (value ?? '')
    .toUpperCase()
    .replace(/[^0-9X]/g, '')
    .slice(0, ID_LENGTH);

interface Values {
  name: string;
  idNumber: string;
}

/** Real-name verification: links the account to a citizen ID number, checked as it is typed. */
export function IdentityPage() {
  const t = useT(messages);
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { loading, resident, accept } = useSession();
  const [saving, setSaving] = useState(false);
  const reportError = useReportApiError(form, {
    IDENTITY_ALREADY_LINKED: 'idNumber',
    ID_NUMBER_TAKEN: 'idNumber',
  });

  if (!loading && !resident) return <Navigate to="/login" state={{ from: '/identity' }} replace />;
  // Also where a successful submit lands, once the session has the link.
  if (resident?.identity === 'verified') return <Navigate to="/me" replace />;
  if (resident?.identity === 'unverified') {
    return (
      <FormPage title={t('title')} heading={t('waitingTitle')} intro={t('waitingText')} loading={loading}>
        <Button block size="large" color="primary" onClick={() => navigate('/me', { replace: true })}>
          {t('toMe')}
        </Button>
      </FormPage>
    );
  }

  async function submit(values: Values) {
    setSaving(true);
    try {
      const reply = await put<MeReply>('/api/resident/identity', values);
      accept(reply);
      const verified = reply.user.kind === 'resident' && reply.user.identity === 'verified';
      Toast.show({ icon: verified ? 'success' : undefined, content: t(verified ? 'done' : 'linked') });
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <FormPage title={t('title')} heading={t('heading')} intro={t('intro')} loading={loading}>
      <SubmitForm
        form={form}
        layout="vertical"
        className={styles.form}
        onFinish={submit}
        onValuesChange={checkWhileTyping(form, { idNumber: ID_LENGTH })}
        submitText={t('submit')}
        submitting={saving}
      >
        <Form.Item
          name="name"
          label={t('name')}
          rules={[{ required: true, whitespace: true, min: 2, max: 30, message: t('nameInvalid') }]}
        >
          <Input autoComplete="name" maxLength={30} placeholder={t('namePlaceholder')} clearable />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('idNumber')}
          normalize={idCharsOnly}
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
          <Input placeholder={t('idPlaceholder')} clearable />
        </Form.Item>
      </SubmitForm>
      <Button block size="large" fill="none" onClick={() => navigate('/me', { replace: true })}>
        {t('later')}
      </Button>
    </FormPage>
  );
}
