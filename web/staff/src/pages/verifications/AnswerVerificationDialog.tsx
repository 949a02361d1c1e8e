import { Descriptions, Form, Image, Input, Radio, Space, Typography } from 'antd';
import { VERIFICATION_RESULTS } from '../../../../../src/shared/clock-terms';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { FormDialog } from '../../components/FormDialog';
import { formatDateTime } from '../../components/format';
import { AttachmentField, verificationAttachmentsUrl } from '../tasks/attachments/AttachmentField';
import { AttachmentLinks, verificationAttachmentUrl } from '../tasks/attachments/AttachmentLinks';
import { useClockTerms, verificationFileUrl } from '../tasks/clock/clockTerms';
import type { VerificationView } from '../tasks/clock/types';

const messages = {
  title: ['回复核验请求', 'Answer the verification request'],
  caseNumber: ['办件', 'Case'],
  asker: ['提问', 'Asked by'],
  question: ['核验事项', 'Question'],
  files: ['所附材料', 'Attached'],
  attachments: ['所附附件', 'Their attachments'],
  due: ['答复期限', 'Due'],
  result: ['核验结论', 'Answer'],
  resultRequired: ['请选择核验结论', 'Choose the answer'],
  note: ['核实情况', 'Notes'],
  notePlaceholder: ['如：经查户籍系统，住址登记属实', 'e.g. the register confirms the address'],
  noteRequired: ['不属实或无法核实时，请写明情况', 'Say what you found'],
  submit: ['回复', 'Answer'],
  done: ['已回复，结论已写入办件记录', 'Answered; it is in the case history'],
} as const;

interface Values {
  result: keyof typeof VERIFICATION_RESULTS;
  note?: string;
  attachmentIds?: string[];
}

/** The request as asked (with its photos), and the answer: confirmed, or not with notes, and papers found. */
export function AnswerVerificationDialog({
  request,
  onClose,
  onAnswered,
}: {
  request: VerificationView | null;
  onClose: () => void;
  onAnswered: () => void;
}) {
  const t = useT(messages);
  const terms = useClockTerms();
  return (
    <FormDialog<Values>
      name="answer-verification"
      open={request !== null}
      variant="modal"
      width={640}
      title={t('title')}
      submitText={t('submit')}
      successText={t('done')}
      onSubmit={(values) =>
        post(`/api/verifications/${encodeURIComponent(request?.id ?? '')}/answer`, {
          result: values.result,
          note: values.note ?? '',
          attachmentIds: values.attachmentIds ?? [],
        })
      }
      onSaved={onAnswered}
      onClose={onClose}
    >
      {request && (
        <Descriptions
          size="small"
          column={1}
          bordered
          className="verification-request"
          items={[
            {
              key: 'case',
              label: t('caseNumber'),
              children: `${request.caseNumber} ${request.itemName}（${request.stepName}）`,
            },
            {
              key: 'asker',
              label: t('asker'),
              children: `${request.fromDepartmentName} ${request.askedByName} ${formatDateTime(request.askedAt)}`,
            },
            { key: 'question', label: t('question'), children: request.question },
            ...(request.files.length > 0
              ? [
                  {
                    key: 'files',
                    label: t('files'),
                    children: (
                      <Space wrap>
                        {request.files.map((file) =>
                          file.mimeType.startsWith('image/') ? (
                            <Image
                              key={file.id}
                              width={96}
                              src={verificationFileUrl(request.id, file.id)}
                              alt={file.name}
                            />
                          ) : (
                            <Typography.Link
                              key={file.id}
                              href={verificationFileUrl(request.id, file.id)}
                              target="_blank"
                            >
                              {file.name}
                            </Typography.Link>
                          ),
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
            ...(request.attachments.length > 0
              ? [
                  {
                    key: 'attachments',
                    label: t('attachments'),
                    children: (
                      <AttachmentLinks
                        urlOf={verificationAttachmentUrl(request.id)}
                        attachments={request.attachments}
                      />
                    ),
                  },
                ]
              : []),
            { key: 'due', label: t('due'), children: formatDateTime(request.dueAt) },
          ]}
        />
      )}
      <Form.Item name="result" label={t('result')} rules={[{ required: true, message: t('resultRequired') }]}>
        <Radio.Group
          options={Object.keys(VERIFICATION_RESULTS).map((key) => ({
            value: key,
            label: terms.label('result', key),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('note')}
        dependencies={['result']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              getFieldValue('result') === 'not_confirmed' && (value ?? '').trim().length < 2
                ? Promise.reject(new Error(t('noteRequired')))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          maxLength={1000}
          showCount
          placeholder={t('notePlaceholder')}
        />
      </Form.Item>
      {request && <AttachmentField uploadTo={verificationAttachmentsUrl(request.id)} kind="verification" />}
    </FormDialog>
  );
}
