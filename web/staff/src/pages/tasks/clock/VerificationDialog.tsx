import { FileSearchOutlined } from '@ant-design/icons';
import { Checkbox, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { DEFAULT_VERIFICATION_DAYS } from '../../../../../../src/shared/clock-terms';
import { useT } from '../../../../../common/locale';
import { useApi } from '../../../api/useApi';
import { DepartmentSelect } from '../../../components/DepartmentSelect';
import { ClockDialog } from './ClockDialog';
import { taskFileUrl } from './clockTerms';
import type { ClockActionProps, TaskClock } from './types';

const messages = {
  button: ['信息核验', 'Ask to verify'],
  title: ['请其他部门核验信息', 'Ask another department to verify'],
  note: [
    '由有关部门核实存疑的信息（如户籍登记），不要求申请人另开证明。被请求部门在“核验请求”中回复，回复写入办件记录并显示在本页。',
    'The competent department confirms the doubtful fact (e.g. a household-register entry); the applicant is never sent for a certificate. It answers under Verification requests; the answer joins the case history and shows here.',
  ],
  department: ['核验部门', 'Department'],
  departmentRequired: ['请选择核验部门', 'Choose the department'],
  question: ['需要核实的事项', 'What to confirm'],
  placeholder: [
    '如：请核实申请人户籍登记的住址是否为潮鸣街道小天竺社区1号',
    'e.g. please confirm the registered address',
  ],
  questionRequired: ['请写明需要核实的事项（至少5个字）', 'Say what to confirm (at least 5 characters)'],
  files: ['随附本办件的材料（选填）', 'Attach materials of this case (optional)'],
  noFiles: ['本办件没有可附的材料文件', 'This case has no material files to attach'],
  view: ['查看', 'View'],
  days: ['答复期限（工作日）', 'Answer within (working days)'],
  submit: ['发送核验请求', 'Send the request'],
  done: ['核验请求已发送', 'Request sent'],
} as const;

interface Values {
  toDepartmentId: string;
  question: string;
  materialIds?: string[];
  workingDays: number;
}

/** The case's files to choose from; read only while the dialog is open. */
function CaseFilesField({ taskId }: { taskId: string }) {
  const t = useT(messages);
  const { data } = useApi<TaskClock>(`/api/tasks/${encodeURIComponent(taskId)}/clock`);
  const files = data?.caseFiles ?? [];
  return (
    <Form.Item name="materialIds" label={t('files')}>
      {files.length === 0 ? (
        <Typography.Text type="secondary">{t('noFiles')}</Typography.Text>
      ) : (
        <Checkbox.Group className="clock-file-choices">
          {files.map((file) => (
            <Flex key={file.id} gap={8} align="center">
              <Checkbox value={file.id}>{file.name}</Checkbox>
              <Typography.Link href={taskFileUrl(taskId, file.id)} target="_blank">
                {t('view')}
              </Typography.Link>
            </Flex>
          ))}
        </Checkbox.Group>
      )}
    </Form.Item>
  );
}

/** 信息核验: a question (with the case's photos) to another department, answered within working days. */
export function VerificationDialog(props: ClockActionProps) {
  const t = useT(messages);
  return (
    <ClockDialog<Values>
      {...props}
      action="verifications"
      buttonText={t('button')}
      buttonIcon={<FileSearchOutlined />}
      title={t('title')}
      submitText={t('submit')}
      successText={t('done')}
      note={t('note')}
      initialValues={{ workingDays: DEFAULT_VERIFICATION_DAYS }}
      toBody={(values) => ({ ...values, materialIds: values.materialIds ?? [] })}
    >
      <Form.Item
        name="toDepartmentId"
        label={t('department')}
        rules={[{ required: true, message: t('departmentRequired') }]}
      >
        <DepartmentSelect regionCode={null} />
      </Form.Item>
      <Form.Item
        name="question"
        label={t('question')}
        rules={[{ required: true, whitespace: true, min: 5, message: t('questionRequired') }]}
      >
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={1000} showCount placeholder={t('placeholder')} />
      </Form.Item>
      <CaseFilesField taskId={props.taskId} />
      <Form.Item name="workingDays" label={t('days')} rules={[{ required: true }]}>
        <InputNumber min={1} max={20} precision={0} />
      </Form.Item>
    </ClockDialog>
  );
}
