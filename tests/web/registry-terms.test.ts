import { describe, expect, it } from 'vitest';
import { ENTERPRISE_FIELDS, PERSON_FIELDS } from '../../src/shared/registry-fields';
import { ETHNIC_GROUPS_EN, registryOptionText, registryValueText } from '../../web/common/registryTerms';

describe('registry values in the UI languages', () => {
  it('gives every option of every enumerated registry field an English name of its own', () => {
    const enumerated = [...PERSON_FIELDS, ...ENTERPRISE_FIELDS].filter((field) => field.options);
    expect(enumerated.map((field) => field.key)).toEqual([
      'sex',
      'maritalStatus',
      'education',
      'employmentStatus',
      'specialGroups',
      'enterpriseType',
      'status',
    ]);
    for (const field of enumerated) {
      const english = Object.entries(field.options ?? {}).map(([key, chinese]) => {
        const text = registryOptionText(field, key, true);
        expect(text, `${field.key}.${key}`).not.toBe(chinese);
        expect(text, `${field.key}.${key}`).not.toBe(key);
        expect(text).toMatch(/^[A-Z][A-Za-z’ ,/-]+$/);
        return text;
      });
      expect(new Set(english).size, field.key).toBe(english.length);
    }
  });

  it('shows keys as Chinese labels in Chinese and English labels in English, lists joined', () => {
    expect(registryValueText('person', 'maritalStatus', 'widowed', false)).toBe('丧偶');
    expect(registryValueText('person', 'maritalStatus', 'widowed', true)).toBe('Widowed');
    expect(registryValueText('person', 'specialGroups', ['elderly', 'disabled'], false)).toBe(
      '老年人、残疾人',
    );
    expect(registryValueText('person', 'specialGroups', ['elderly', 'disabled'], true)).toBe(
      'Elderly, Disabled',
    );
    expect(registryValueText('enterprise', 'status', 'operating', true)).toBe('Operating');
    expect(registryValueText('person', 'specialGroups', [], true)).toBe('—');
    expect(registryValueText('person', 'phone', null, true)).toBe('—');
    // Free text and dates are shown as stored; a key the table no longer has shows as itself.
    expect(registryValueText('person', 'householdAddress', '潮鸣路1号', true)).toBe('潮鸣路1号');
    expect(registryValueText('person', 'education', 'doctorate', true)).toBe('doctorate');
  });

  it('names the 56 ethnic groups in English, written with or without 族, and leaves others as written', () => {
    expect(Object.keys(ETHNIC_GROUPS_EN)).toHaveLength(56);
    expect(new Set(Object.values(ETHNIC_GROUPS_EN)).size).toBe(56);
    expect(registryValueText('person', 'ethnicity', '汉族', true)).toBe('Han');
    expect(registryValueText('person', 'ethnicity', '汉', true)).toBe('Han');
    expect(registryValueText('person', 'ethnicity', '维吾尔族', true)).toBe('Uyghur');
    expect(registryValueText('person', 'ethnicity', '汉族', false)).toBe('汉族');
    expect(registryValueText('person', 'ethnicity', '外国血统中国籍人士', true)).toBe('外国血统中国籍人士');
  });
});
