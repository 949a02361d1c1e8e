import { registryFields, type SubjectKind } from '../../../../../src/shared/registry-fields';
import { useRegistryFieldLabel, useRegistryValueText } from '../../../../common/registryLabels';

/** Registry field names and values as a reader wants them: labels, not keys, in the UI's language. */
export function useFieldText(kind: SubjectKind) {
  const fieldLabel = useRegistryFieldLabel();
  const valueText = useRegistryValueText();
  const fields = registryFields(kind);
  return {
    fields,
    kindOf: (key: string) => fields.find((field) => field.key === key)?.kind,
    label: (key: string) => fieldLabel(kind, key),
    value: (key: string, raw: unknown) => valueText(kind, key, raw),
  };
}
