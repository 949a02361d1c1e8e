import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useLocale, useT } from '../../../../../common/locale';
import { CONTENT_FIELDS, FORM_FIELD_FIELDS, MATERIAL_FIELDS, STEP_FIELDS } from '../contentFields';

const messages = {
  moveUp: ['上移', 'Move up'],
  moveDown: ['下移', 'Move down'],
  remove: ['删除', 'Remove'],
  tagsHint: ['输入后按回车添加', 'Type and press Enter'],
} as const;

type Label = readonly [string, string];

/** Field labels in the current language: f.content('name'), f.material('forms'), … */
export function useFieldLabels() {
  const english = useLocale() === 'en-US';
  const pick =
    <T extends Record<string, Label>>(table: T) =>
    (key: keyof T): string => {
      const label: Label = table[key] as Label;
      return english ? label[1] : label[0];
    };
  return {
    english,
    content: pick(CONTENT_FIELDS),
    material: pick(MATERIAL_FIELDS),
    formField: pick(FORM_FIELD_FIELDS),
    step: pick(STEP_FIELDS),
  };
}

interface TagsInputProps {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  placeholder?: string;
  maxLength?: number;
  /** Entries are sentences (clerk checks): only Enter ends one, commas stay inside. */
  sentences?: boolean;
}

/** Free words as tags (aliases, keywords, options); Enter, comma or 、 ends a word. */
export function TagsInput({ value, onChange, id, placeholder, maxLength, sentences }: TagsInputProps) {
  const t = useT(messages);
  return (
    <Select
      id={id}
      mode="tags"
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next.map((word) => word.trim()).filter(Boolean))}
      tokenSeparators={sentences ? [] : [',', '，', '、', ';', '；']}
      open={false}
      suffixIcon={null}
      placeholder={placeholder ?? t('tagsHint')}
      maxLength={maxLength}
      style={{ width: '100%' }}
    />
  );
}

interface ListToolsProps {
  index: number;
  count: number;
  move: (from: number, to: number) => void;
  remove: (index: number) => void;
}

/** Move up, move down and remove for one entry of an ordered list. */
export function ListTools({ index, count, move, remove }: ListToolsProps) {
  const t = useT(messages);
  const tool = (label: string, icon: ReactNode, onClick: () => void, disabled = false, danger = false) => (
    <Tooltip title={label}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={label}
        disabled={disabled}
        danger={danger}
        onClick={onClick}
      />
    </Tooltip>
  );
  return (
    <Flex gap={2}>
      {tool(t('moveUp'), <ArrowUpOutlined />, () => move(index, index - 1), index === 0)}
      {tool(t('moveDown'), <ArrowDownOutlined />, () => move(index, index + 1), index === count - 1)}
      {tool(t('remove'), <DeleteOutlined />, () => remove(index), false, true)}
    </Flex>
  );
}

interface ListCardProps extends ListToolsProps {
  /** e.g. "材料 1"; the card's heading. */
  title: ReactNode;
  testId: string;
  children: ReactNode;
}

/** One entry of an editable list (a material, a form field, a step) with move and remove buttons. */
export function ListCard({ title, testId, children, ...tools }: ListCardProps) {
  return (
    <Card
      size="small"
      className="catalog-list-card"
      data-testid={testId}
      title={title}
      extra={<ListTools {...tools} />}
    >
      {children}
    </Card>
  );
}

/** The first "prefix_n" not yet used by the list: keys are required and must be unique. */
export function nextKey(prefix: string, used: readonly (string | undefined)[]): string {
  let n = used.length + 1;
  while (used.includes(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}

/** Section card with an anchor target. */
export function EditorSection({
  id,
  title,
  extra,
  children,
}: {
  id: string;
  title: string;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card id={id} title={title} extra={extra} variant="borderless" className="catalog-editor-section">
      {children}
    </Card>
  );
}

/** The server's rule for keys (materials, form fields, steps, parallel groups). */
export const KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
