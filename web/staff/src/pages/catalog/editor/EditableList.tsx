import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Form, type FormListFieldData, Input } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../../../../common/locale';
import { KEY_PATTERN, ListCard, nextKey } from './editorParts';
import type { EditorValues } from './editorValues';

const messages = {
  keyInvalid: [
    '标识须为小写字母开头的字母、数字或下划线',
    'Lowercase letters, digits and _, starting with a letter',
  ],
} as const;

type ListName = 'materials' | 'formFields' | 'workflow';
type Entry<N extends ListName> = NonNullable<EditorValues[N]>[number];

interface EditableListProps<N extends ListName> {
  /** The form list edited: materials, form fields or workflow steps. */
  name: N;
  /** Shown when the list is empty. */
  none: string;
  /** The add button's text. */
  addText: string;
  /** The card heading with {n} for the entry's number, e.g. "材料 {n}". */
  heading: string;
  /** The entry's name shown beside the heading. */
  entryName: (entry: Entry<N> | undefined) => ReactNode;
  /** Anything after the name in the card heading (e.g. a required tag). */
  titleExtra?: (entry: Entry<N> | undefined) => ReactNode;
  /** Test id of a card: `${testId}-${index}`. */
  testId: string;
  /** Prefix of the keys given to new entries. */
  keyPrefix: string;
  /** The values of a new entry besides its key. */
  newEntry: () => Record<string, unknown>;
  /** The fields of one entry. */
  children: (field: FormListFieldData, entry: Entry<N> | undefined) => ReactNode;
}

/** An editable list of the item (materials, form fields, steps): cards with move/remove, and an add button. */
export function EditableList<N extends ListName>({
  name,
  none,
  addText,
  heading,
  entryName,
  titleExtra,
  testId,
  keyPrefix,
  newEntry,
  children,
}: EditableListProps<N>) {
  const form = Form.useFormInstance<EditorValues>();
  const entries: NonNullable<EditorValues[N]> = Form.useWatch(name) ?? [];

  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }, { errors }) => (
        <>
          {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={none} />}
          {fields.map((field, index) => {
            const entry = entries[index] as Entry<N> | undefined;
            const label = entryName(entry);
            return (
              <ListCard
                key={field.key}
                title={
                  <span>
                    {heading.replace('{n}', String(index + 1))}
                    {label && <span className="catalog-list-card-name">{label}</span>}
                    {titleExtra?.(entry)}
                  </span>
                }
                index={index}
                count={fields.length}
                move={move}
                remove={remove}
                testId={`${testId}-${index}`}
              >
                {children(field, entry)}
              </ListCard>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() =>
              add({
                key: nextKey(
                  keyPrefix,
                  (form.getFieldValue(name) ?? []).map((x: { key?: string }) => x?.key),
                ),
                ...newEntry(),
              })
            }
          >
            {addText}
          </Button>
        </>
      )}
    </Form.List>
  );
}

/** The key of a list entry: required, unique, in the server's key pattern. */
export function EntryKeyField({ name, label, tooltip }: { name: number; label: string; tooltip?: string }) {
  const t = useT(messages);
  return (
    <Form.Item
      label={label}
      name={[name, 'key']}
      tooltip={tooltip}
      rules={[{ required: true, pattern: KEY_PATTERN, message: t('keyInvalid') }]}
    >
      <Input maxLength={40} className="mono-input" />
    </Form.Item>
  );
}
