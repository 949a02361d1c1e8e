import {
  type RegistryField,
  registryFields,
  type SubjectKind,
} from '../../../../../src/shared/registry-fields';
import { useRegistryFieldLabel } from '../../../../common/registryLabels';

/** Registry field names and values as a reader wants them: labels, not keys. */
export function useFieldText(kind: SubjectKind) {
  const fieldLabel = useRegistryFieldLabel();
  const fields = registryFields(kind);
  const byKey = new Map<string, RegistryField>(fields.map((field) => [field.key, field]));
  const label = (key: string) => fieldLabel(kind, key);
  const value = (key: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '') return '—';
    const options = byKey.get(key)?.options;
    const show = (item: unknown) =>
      options && typeof item === 'string' ? (options[item] ?? item) : String(item);
    return Array.isArray(raw) ? (raw.length === 0 ? '—' : raw.map(show).join('、')) : show(raw);
  };
  return { fields, label, value };
}
