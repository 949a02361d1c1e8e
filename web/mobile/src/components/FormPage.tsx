import { Button, Form, type FormProps } from 'antd-mobile';
import type { ReactNode } from 'react';
import styles from './FormPage.module.css';
import { PageBody } from './PageBody';
import { PageLoading } from './PageLoading';
import { SubPageBar } from './SubPageBar';

interface FormPageProps {
  title: string;
  heading: string;
  intro: string;
  /** Shows a spinner instead of the page while the session is still unknown. */
  loading?: boolean;
  children: ReactNode;
}

/** A sub-page built around one form: title bar, a large heading with a line of explanation, then the form. */
export function FormPage({ title, heading, intro, loading = false, children }: FormPageProps) {
  return (
    <>
      <SubPageBar title={title} />
      {loading ? (
        <PageLoading />
      ) : (
        <PageBody>
          <div className={styles.intro}>
            <h2 className={styles.heading}>{heading}</h2>
            <p>{intro}</p>
          </div>
          {children}
        </PageBody>
      )}
    </>
  );
}

type SubmitFormProps = Omit<FormProps, 'footer' | 'validateTrigger' | 'requiredMarkStyle'> & {
  submitText: string;
  submitting: boolean;
};

/** A form card with large type and one full-width submit button as its footer. */
export function SubmitForm({ submitText, submitting, className, ...formProps }: SubmitFormProps) {
  return (
    <Form
      {...formProps}
      className={className ? `${styles.form} ${className}` : styles.form}
      // Fields are checked while typing (see checkWhileTyping) and on submit, never on blur.
      validateTrigger={false}
      requiredMarkStyle="none"
      footer={
        <Button block type="submit" color="primary" size="large" loading={submitting}>
          {submitText}
        </Button>
      }
    />
  );
}
