import { registryFields, type SubjectKind } from '../../src/shared/registry-fields';
import { useLocale } from './locale';
import { registryValueText } from './registryTerms';

/**
 * Names a registry field key in the current language, for grant and read-log
 * screens; a key no longer in the registry (an old log entry) shows as itself.
 */
export function useRegistryFieldLabel() {
  const english = useLocale() === 'en-US';
  return (kind: SubjectKind, key: string): string =>
    registryFields(kind).find((field) => field.key === key)?.label[english ? 1 : 0] ?? key;
}

/** A stored registry value in the current language (option labels, ethnic groups, lists). */
export function useRegistryValueText() {
  const english = useLocale() === 'en-US';
  return (kind: SubjectKind, key: string, raw: unknown): string => registryValueText(kind, key, raw, english);
}
