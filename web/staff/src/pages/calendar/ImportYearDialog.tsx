import { Alert, Form, type FormInstance, Input, InputNumber, Typography } from 'antd';
import {
  parseScheduleText,
  TEXT_PROBLEM_MESSAGES,
} from '../../../../../src/modules/calendar/rules/schedule-text';
import {
  SCHEDULE_PROBLEM_MESSAGES,
  yearScheduleProblems,
} from '../../../../../src/modules/calendar/rules/year-schedule';
import { post } from '../../../../common/api';
import { useT } from '../../../../common/locale';
import { FormDialog } from '../../components/FormDialog';
import type { CalendarYear } from './types';

const messages = {
  title: ['导入全年安排', 'Load a yearly schedule'],
  submit: ['导入', 'Load'],
  done: ['已导入', 'Loaded'],
  year: ['年份', 'Year'],
  text: ['节假日安排', 'Schedule'],
  format: [
    '按国务院办公厅通知逐行填写：“日期 节日名称”或“起始日期..结束日期 节日名称”为放假日；名称中含“上班”的为调休上班日。以 # 开头的行不导入。',
    'One entry a line, from the State Council notice: "date name" or "first..last name" for holidays; a name containing 上班 marks a make-up working day. Lines starting with # are skipped.',
  ],
  summary: ['将导入：放假 {h} 天，调休上班 {w} 天', 'To load: {h} holidays, {w} make-up working days'],
  replaces: [
    '{year} 年已有节假日安排，导入后将替换该年的全部放假日与调休上班日（包括逐日修改过的日期）。',
    '{year} already has a schedule: loading replaces all its holidays and make-up days, days edited one by one included.',
  ],
  line: ['第 {n} 行', 'Line {n}'],
  empty: ['请粘贴该年的节假日安排', 'Paste the schedule for the year'],
  fix: ['请先修正下面列出的问题', 'Fix the problems listed below first'],
} as const;

const PLACEHOLDER = `# 示例 (example)
2027-01-01 元旦
2027-02-06..2027-02-12 春节
2027-02-14 春节调休上班
2027-10-01..2027-10-07 国庆节
2027-09-26 国庆节调休上班`;

interface ImportValues {
  year: number;
  text: string;
}

/** Everything wrong with the pasted text for that year, as lines to show. */
function useProblems() {
  const t = useT(messages);
  const textProblem = useT(TEXT_PROBLEM_MESSAGES);
  const scheduleProblem = useT(SCHEDULE_PROBLEM_MESSAGES);
  return (year: number | undefined, text: string | undefined) => {
    const parsed = parseScheduleText(text ?? '');
    const lines = parsed.problems.map(
      (problem) =>
        `${t('line').replace('{n}', String(problem.line))}「${problem.text}」：${textProblem(problem.code)}`,
    );
    if (lines.length === 0 && year) {
      for (const problem of yearScheduleProblems(year, parsed.days)) {
        lines.push(`${problem.date ? `${problem.date}：` : ''}${scheduleProblem(problem.code)}`);
      }
    }
    return { days: parsed.days, lines };
  };
}

function Preview({ form, coveredYears }: { form: FormInstance<ImportValues>; coveredYears: number[] }) {
  const t = useT(messages);
  const problemsOf = useProblems();
  const year = Form.useWatch('year', form);
  const text = Form.useWatch('text', form);
  if (!text?.trim()) return null;
  const { days, lines } = problemsOf(year, text);
  const count = (kind: string) => String(days.filter((day) => day.kind === kind).length);
  return (
    <div className="calendar-import-preview">
      {year && coveredYears.includes(year) && (
        <Alert type="warning" showIcon title={t('replaces').replace('{year}', String(year))} />
      )}
      {lines.length > 0 ? (
        <Alert
          type="error"
          showIcon
          title={t('fix')}
          description={
            <ul>
              {lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          }
        />
      ) : (
        <Typography.Text type="success">
          {t('summary').replace('{h}', count('holiday')).replace('{w}', count('workday'))}
        </Typography.Text>
      )}
    </div>
  );
}

interface ImportYearDialogProps {
  initial: ImportValues;
  coveredYears: number[];
  onClose: () => void;
  onLoaded: (year: CalendarYear) => void;
}

/** Pasting a year's official schedule; the preview shows what will load and every line that will not. */
export function ImportYearDialog({ initial, coveredYears, onClose, onLoaded }: ImportYearDialogProps) {
  const t = useT(messages);
  const problemsOf = useProblems();
  const submit = ({ year, text }: ImportValues) => {
    const { days } = parseScheduleText(text);
    const listed = (kind: string) =>
      days.filter((day) => day.kind === kind).map(({ date, name }) => ({ date, name }));
    return post<CalendarYear>(`/api/calendar/years/${year}`, {
      holidays: listed('holiday'),
      workdays: listed('workday'),
    });
  };
  return (
    <FormDialog<ImportValues, CalendarYear>
      name="calendar-import"
      open
      variant="modal"
      width={680}
      title={t('title')}
      initialValues={initial}
      submitText={t('submit')}
      successText={t('done')}
      onSubmit={submit}
      onSaved={onLoaded}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Form.Item name="year" label={t('year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2200} precision={0} />
          </Form.Item>
          <Form.Item
            name="text"
            label={t('text')}
            extra={t('format')}
            dependencies={['year']}
            rules={[
              { required: true, whitespace: true, message: t('empty') },
              {
                // The preview lists the problems while typing; this only stops a submit.
                validateTrigger: 'onSubmit',
                validator: (_rule, value: string | undefined) =>
                  value?.trim() && problemsOf(form.getFieldValue('year'), value).lines.length > 0
                    ? Promise.reject(new Error(t('fix')))
                    : Promise.resolve(),
              },
            ]}
          >
            <Input.TextArea
              rows={12}
              placeholder={PLACEHOLDER}
              className="calendar-import-text"
              spellCheck={false}
            />
          </Form.Item>
          <Preview form={form} coveredYears={coveredYears} />
        </>
      )}
    </FormDialog>
  );
}
