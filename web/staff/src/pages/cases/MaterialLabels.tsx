import { CheckSquareOutlined } from '@ant-design/icons';
import { Flex, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../../common/locale';
import { useCaseTerms } from './caseTerms';

/** The cells of a material checklist that only show: the name, the state, what to check. */

const messages = {
  noChecks: ['按受理标准收件', 'Follow the acceptance standard'],
  required: ['必需（主件）', 'Required (main)'],
  optional: ['视情形（次要）', 'Conditional (secondary)'],
} as const;

const STATE_COLORS: Record<string, string> = {
  missing: 'red',
  defective: 'volcano',
  provided: 'green',
  reused_certificate: 'cyan',
  reused_material: 'cyan',
  promised: 'orange',
  not_applicable: 'default',
};

/**
 * A material's state as a coloured tag; journeys find the checklist's by the
 * material's key (a list that only shows, such as the papers card, names none).
 */
export function MaterialStateTag({ materialKey, state }: { materialKey?: string; state: string }) {
  const terms = useCaseTerms();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={materialKey && `material-state-${materialKey}`}>
      {terms.label('materialState', state)}
    </Tag>
  );
}

/** A material's name and whether it is required; `children` adds a line below (e.g. the items that need it). */
export function MaterialName({
  material,
  children,
}: {
  material: { name: string; required: boolean };
  children?: ReactNode;
}) {
  const t = useT(messages);
  return (
    <Flex vertical gap={2}>
      <strong>{material.name}</strong>
      <span>
        <Tag color={material.required ? 'red' : 'default'}>
          {material.required ? t('required') : t('optional')}
        </Tag>
      </span>
      {children}
    </Flex>
  );
}

/** The catalogue's points to check when taking the paper in. */
export function MaterialChecks({ checks }: { checks: readonly string[] }) {
  const t = useT(messages);
  return checks.length > 0 ? (
    <ul className="case-checks">
      {checks.map((line) => (
        <li key={line}>
          <CheckSquareOutlined /> {line}
        </li>
      ))}
    </ul>
  ) : (
    <span className="table-note">{t('noChecks')}</span>
  );
}
