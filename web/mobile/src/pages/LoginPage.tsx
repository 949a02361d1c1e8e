import { Button, Form, Input, type InputRef } from 'antd-mobile';
import { useRef, useState } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { MOBILE_PATTERN, maskPhone } from '../../../../src/shared/phone';
import { ApiError, post } from '../../../common/api';
import { useT } from '../../../common/locale';
import { AgreementNote } from '../components/AgreementNote';
import { DemoHint } from '../components/DemoHint';
import { FormPage, SubmitForm } from '../components/FormPage';
import { checkWhileTyping, useReportApiError } from '../formFeedback';
import { type MeReply, useSession } from '../session';
import { useCountdown } from '../useCountdown';
import styles from './LoginPage.module.css';

const messages = {
  title: ['登录', 'Sign in'],
  heading: ['手机号验证码登录', 'Sign in with your mobile number'],
  intro: ['首次登录将自动创建账号', 'An account is created the first time you sign in'],
  phone: ['手机号', 'Mobile'],
  phonePlaceholder: ['请输入手机号', 'Enter your mobile number'],
  phoneRequired: ['请输入手机号', 'Please enter your mobile number'],
  phoneInvalid: ['请输入正确的11位手机号', 'Please enter a valid 11-digit mobile number'],
  code: ['验证码', 'Code'],
  codePlaceholder: ['请输入6位验证码', 'Enter the 6-digit code'],
  codeInvalid: ['请输入6位数字验证码', 'Please enter the 6-digit code'],
  getCode: ['获取验证码', 'Get code'],
  resendIn: ['{n}秒后重新获取', 'Resend in {n}s'],
  codeSentTo: ['验证码已发送至 {phone}，请查收短信', 'Code sent to {phone}; please check your text messages'],
  submit: ['登录', 'Sign in'],
} as const;

const SIX_DIGITS = /^\d{6}$/;
const RESEND_SECONDS = 60;
// No maxLength on the inputs: a pasted "138 0013 8000" must not be cut before its spaces go.
const digitsOnly = (max: number) => (value: string | undefined) =>
  (value ?? '').replace(/\D/g, '').slice(0, max);

interface Values {
  phone: string;
  verificationCode: string;
}

/** Mobile number and SMS code sign-in; a new number gets an account. */
export function LoginPage() {
  const t = useT(messages);
  const [form] = Form.useForm<Values>();
  const location = useLocation();
  const { resident, accept } = useSession();
  const [secondsLeft, startCountdown] = useCountdown();
  const [sending, setSending] = useState(false);
  const [codeSentTo, setCodeSentTo] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const codeInput = useRef<InputRef>(null);
  const reportError = useReportApiError(form, { CODE_INVALID: 'verificationCode' });

  if (resident) {
    const from = (location.state as { from?: string } | null)?.from ?? '/me';
    return <Navigate to={resident.name ? from : '/identity'} replace />;
  }

  async function sendCode() {
    let phone: string;
    try {
      ({ phone } = await form.validateFields(['phone']));
    } catch {
      return;
    }
    setSending(true);
    try {
      await post('/api/auth/resident/code', { phone });
      startCountdown(RESEND_SECONDS);
      setCodeSentTo(phone);
      codeInput.current?.focus();
    } catch (error) {
      const wait =
        error instanceof ApiError && (error.details as { retryAfterSeconds?: number }).retryAfterSeconds;
      // Sent a moment ago (say, before a reload): that code still works, so this is no failure.
      if (wait) {
        startCountdown(wait);
        setCodeSentTo(phone);
      } else {
        reportError(error);
      }
    } finally {
      setSending(false);
    }
  }

  async function signIn(values: Values) {
    setSigningIn(true);
    try {
      accept(await post<MeReply>('/api/auth/resident/sign-in', values));
    } catch (error) {
      reportError(error);
    } finally {
      setSigningIn(false);
    }
  }

  return (
    <FormPage title={t('title')} heading={t('heading')} intro={t('intro')}>
      <SubmitForm
        form={form}
        className={styles.form}
        onFinish={signIn}
        onValuesChange={checkWhileTyping(form, { phone: 11, verificationCode: 6 })}
        submitText={t('submit')}
        submitting={signingIn}
      >
        <Form.Item
          name="phone"
          label={t('phone')}
          validateFirst
          normalize={digitsOnly(11)}
          rules={[
            { required: true, message: t('phoneRequired') },
            { pattern: MOBILE_PATTERN, message: t('phoneInvalid') },
          ]}
        >
          <Input
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            placeholder={t('phonePlaceholder')}
            clearable
          />
        </Form.Item>
        {/* The button sits beside the input so messages below get the full width. */}
        <Form.Item
          label={t('code')}
          description={
            codeSentTo && (
              <p className={styles.codeSent}>{t('codeSentTo').replace('{phone}', maskPhone(codeSentTo))}</p>
            )
          }
        >
          <div className={styles.codeRow}>
            <Form.Item
              name="verificationCode"
              noStyle
              normalize={digitsOnly(6)}
              rules={[{ pattern: SIX_DIGITS, required: true, message: t('codeInvalid') }]}
            >
              <Input
                ref={codeInput}
                inputMode="numeric"
                autoComplete="one-time-code"
                placeholder={t('codePlaceholder')}
              />
            </Form.Item>
            <Button
              className={styles.codeButton}
              color="primary"
              fill="outline"
              disabled={secondsLeft > 0}
              loading={sending}
              onClick={sendCode}
            >
              {secondsLeft > 0 ? t('resendIn').replace('{n}', String(secondsLeft)) : t('getCode')}
            </Button>
          </div>
        </Form.Item>
      </SubmitForm>
      <AgreementNote />
      <DemoHint />
    </FormPage>
  );
}
