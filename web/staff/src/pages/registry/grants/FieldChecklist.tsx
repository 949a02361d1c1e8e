import { Checkbox, Flex } from 'antd';
import type { SubjectKind } from '../../../../../../src/shared/registry-fields';
import { useLocale, useT } from '../../../../../common/locale';
import { fieldGroupsOf } from './fieldGroups';

const messages = {
  all: ['全选', 'Select all'],
  chosen: ['已选 {n} / {total} 项', '{n} of {total} chosen'],
} as const;

interface FieldChecklistProps {
  kind: SubjectKind;
  value?: string[];
  onChange?: (fields: string[]) => void;
  id?: string;
}

/** Checkboxes for the grantable fields of `kind`, in groups, each group and the whole list with 全选. */
export function FieldChecklist({ kind, value = [], onChange, id }: FieldChecklistProps) {
  const t = useT(messages);
  const english = useLocale() === 'en-US';
  const groups = fieldGroupsOf(kind);
  const allKeys = groups.flatMap((group) => group.fields.map((field) => field.key));
  const chosen = new Set(value);
  const chosenCount = allKeys.filter((key) => chosen.has(key)).length;
  // Emits in the registry's field order, whatever order the boxes were ticked in.
  const emit = (next: Set<string>) => onChange?.(allKeys.filter((key) => next.has(key)));
  const toggleAll = (keys: string[], on: boolean) => {
    const next = new Set(chosen);
    for (const key of keys) {
      if (on) next.add(key);
      else next.delete(key);
    }
    emit(next);
  };
  const stateOf = (keys: string[]) => {
    const count = keys.filter((key) => chosen.has(key)).length;
    return { checked: count === keys.length, indeterminate: count > 0 && count < keys.length };
  };

  return (
    <div id={id} className="field-checklist">
      <Flex justify="space-between" className="field-checklist-head">
        <Checkbox {...stateOf(allKeys)} onChange={(event) => toggleAll(allKeys, event.target.checked)}>
          {t('all')}
        </Checkbox>
        <span className="muted">
          {t('chosen').replace('{n}', String(chosenCount)).replace('{total}', String(allKeys.length))}
        </span>
      </Flex>
      {groups.map((group) => {
        const keys = group.fields.map((field) => field.key);
        const label = group.label[english ? 1 : 0];
        return (
          <fieldset key={group.key} className="field-group">
            <legend>
              <Checkbox {...stateOf(keys)} onChange={(event) => toggleAll(keys, event.target.checked)}>
                {label}
              </Checkbox>
            </legend>
            <Checkbox.Group
              value={keys.filter((key) => chosen.has(key))}
              options={group.fields.map((field) => ({
                value: field.key,
                label: field.label[english ? 1 : 0],
              }))}
              onChange={(picked) => {
                const next = new Set([...chosen].filter((key) => !keys.includes(key)));
                for (const key of picked) next.add(key);
                emit(next);
              }}
            />
          </fieldset>
        );
      })}
    </div>
  );
}
