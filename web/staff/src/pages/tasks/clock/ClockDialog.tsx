import { Alert, Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { post } from '../../../../../common/api';
import { FormDialog } from '../../../components/FormDialog';
import { AttachmentField, taskAttachmentsUrl } from '../attachments/AttachmentField';
import type { ClockActionProps } from './types';

interface ClockDialogProps<Values> extends ClockActionProps {
  /** The task action it posts: /api/tasks/:id/<action>. */
  action: 'suspend' | 'resume' | 'correction' | 'extension' | 'verifications';
  buttonText: string;
  buttonIcon?: ReactNode;
  title: string;
  submitText: string;
  successText: string;
  /** What the officer should know before acting (the law, who is told), shown above the fields. */
  note: ReactNode;
  initialValues?: Partial<Values>;
  /** The request body's fields from the form's values (the version is added). */
  toBody?: (values: Values) => object;
  children: ReactNode;
}

/**
 * The frame of every clock action on a task: a button that opens a short
 * form with the optional attachments; submitting posts the action with the version the page shows, shows
 * the server's field problems in place, and on success calls onDone.
 */
export function ClockDialog<Values extends object>({
  taskId,
  version,
  onDone,
  action,
  buttonText,
  buttonIcon,
  title,
  submitText,
  successText,
  note,
  initialValues,
  toBody,
  children,
}: ClockDialogProps<Values>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={buttonIcon} onClick={() => setOpen(true)}>
        {buttonText}
      </Button>
      <FormDialog<Values>
        name={`clock-${action}`}
        open={open}
        variant="modal"
        width={560}
        title={title}
        submitText={submitText}
        successText={successText}
        initialValues={initialValues}
        onSubmit={(values) =>
          post(`/api/tasks/${encodeURIComponent(taskId)}/${action}`, {
            version,
            ...(toBody ? toBody(values) : values),
            attachmentIds: (values as { attachmentIds?: string[] }).attachmentIds,
          })
        }
        onSaved={onDone}
        onClose={() => setOpen(false)}
      >
        <Alert type="info" showIcon title={note} className="clock-dialog-note" />
        {children}
        <AttachmentField uploadTo={taskAttachmentsUrl(taskId)} />
      </FormDialog>
    </>
  );
}
