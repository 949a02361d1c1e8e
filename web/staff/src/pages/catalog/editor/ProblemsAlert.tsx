import { Alert } from 'antd';
import type { FieldProblem } from '../../../../../common/api';
import { useT } from '../../../../../common/locale';
import { fieldPathLabel } from '../contentFields';
import { useFieldLabels } from './editorParts';

const messages = {
  title: ['保存未成功，请修改以下 {n} 处问题：', 'Not saved. Please fix these {n} problems:'],
} as const;

interface ProblemsAlertProps {
  problems: FieldProblem[];
  /** Scrolls to the form item of a problem's field. */
  onPick: (field: string) => void;
}

/** The server's objections to the item, all at once at the top of the editor, each a link to its field. */
export function ProblemsAlert({ problems, onPick }: ProblemsAlertProps) {
  const t = useT(messages);
  const { english } = useFieldLabels();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      className="catalog-problems"
      data-testid="item-problems"
      title={t('title').replace('{n}', String(problems.length))}
      description={
        <ol className="catalog-problem-list">
          {problems.map((problem) => (
            <li key={`${problem.field}-${problem.message}`}>
              <button type="button" className="catalog-problem-field" onClick={() => onPick(problem.field)}>
                {problem.field ? fieldPathLabel(problem.field, english) : problem.label}
              </button>
              ：{problem.message}
            </li>
          ))}
        </ol>
      }
    />
  );
}
