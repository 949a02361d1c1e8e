import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES } from '../../src/shared/audit-actions';

describe('audited actions in the UI languages', () => {
  it.each([
    ['actions', AUDIT_ACTIONS],
    ['objects', AUDIT_ENTITIES],
  ] as const)('names every one of the %s in Chinese and English, each name once', (_, table) => {
    const names = Object.values(table) as (readonly [string, string])[];
    for (const [chinese, english] of names) {
      expect(chinese).toMatch(/\p{Script=Han}/u);
      expect(english).toMatch(/^[\x20-\x7e]+$/);
    }
    // The audit page's filter lists them by name: two alike could not be told apart.
    expect(new Set(names.map(([chinese]) => chinese)).size).toBe(names.length);
    expect(new Set(names.map(([, english]) => english)).size).toBe(names.length);
  });
});
