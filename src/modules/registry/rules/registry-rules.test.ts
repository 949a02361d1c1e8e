import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citizenIdCheckChar } from '../../../shared/citizen-id';
import { suggestMapping } from '../import/column-mapping';
import { mergeRecord, type SourceStamp } from './merge-record';
import { parseRegistryRow } from './parse-row';

const idNumber = (first17: string) => first17 + citizenIdCheckChar(first17);
const ZHANG = idNumber('33010319580315002'); // female, born 1958-03-15
const column = (key: string) => `[${key}]`;

describe('reading a source row', () => {
  it('derives sex and birth date from the ID number and reads labels and codes', () => {
    const row = parseRegistryRow(
      'person',
      {
        idNumber: ZHANG.toLowerCase(),
        name: '张秀英',
        maritalStatus: '丧偶',
        specialGroups: '老年人、低保对象',
        phone: '138 0013 8000',
      },
      column,
    );
    expect(row).toEqual({
      ok: true,
      number: ZHANG,
      values: {
        sex: 'female',
        birthDate: '1958-03-15',
        name: '张秀英',
        maritalStatus: 'widowed',
        specialGroups: ['elderly', 'low_income'],
        phone: '13800138000',
      },
    });
  });

  it('names the column and the failed check for a bad number', () => {
    const wrongCheck = `${ZHANG.slice(0, 17)}${ZHANG[17] === '0' ? '1' : '0'}`;
    const row = parseRegistryRow('person', { idNumber: wrongCheck, name: '张秀英' }, column);
    expect(row).toMatchObject({
      ok: false,
      reasons: ['[idNumber]：身份证号码校验位不正确，请核对后重新输入'],
    });
    const badDate = parseRegistryRow('person', { idNumber: idNumber('33010319581345002') }, column);
    expect(badDate).toMatchObject({ ok: false, reasons: ['[idNumber]：身份证号码中的出生日期无效'] });
  });

  it('refuses a sex or birth date that contradicts the number, and a number Excel rounded', () => {
    const row = parseRegistryRow('person', { idNumber: ZHANG, sex: '男', birthDate: '1958/3/16' }, column);
    expect(row.ok).toBe(false);
    if (!row.ok)
      expect(row.reasons).toEqual([
        '[sex]：与身份证号码不符（号码显示为女）',
        '[birthDate]：与身份证号码不符（号码显示为1958-03-15）',
      ]);
    const rounded = parseRegistryRow('person', { idNumber: 330103195803150020 }, column);
    expect(rounded).toMatchObject({ ok: false, reasons: [expect.stringContaining('存成了数字')] });
  });

  it('reports every bad cell of a row at once', () => {
    const row = parseRegistryRow(
      'enterprise',
      { creditCode: '91330103MA2B1234X', status: '倒闭', establishedOn: '2020-02-30', regionCode: '3301' },
      column,
    );
    expect(row.ok).toBe(false);
    if (!row.ok) expect(row.reasons).toHaveLength(4);
  });
});

const stamp = (sourceId: string, asOf: string): SourceStamp => ({
  sourceId,
  source: `来源${sourceId}`,
  asOf,
  at: '2026-11-23T00:00:00Z',
});
const authority: Record<string, number> = { police: 9, civil: 7, grid: 3 };
const authorityOf = (id: string) => authority[id] ?? 0;

describe('fusing a row into the record', () => {
  const stored = {
    values: { name: '张秀英', phone: '13800138000', maritalStatus: 'married' },
    sources: {
      name: stamp('police', '2026-01-01'),
      phone: stamp('civil', '2026-01-01'),
      maritalStatus: stamp('civil', '2025-06-01'),
    },
  };

  it('lets a more authoritative source win and keeps the disagreement on record', () => {
    const result = mergeRecord(
      stored,
      { values: { phone: '13900139000' }, stamp: stamp('police', '2025-01-01') },
      authorityOf,
    );
    expect(result.values.phone).toBe('13900139000');
    expect(result.conflicts).toEqual([
      {
        field: 'phone',
        kept: '13900139000',
        keptStamp: stamp('police', '2025-01-01'),
        other: '13800138000',
        otherStamp: stamp('civil', '2026-01-01'),
      },
    ]);
  });

  it('keeps the stored value against a less authoritative source, still recording the conflict', () => {
    const result = mergeRecord(
      stored,
      { values: { name: '张秀瑛' }, stamp: stamp('grid', '2026-11-01') },
      authorityOf,
    );
    expect(result.values.name).toBe('张秀英');
    expect(result.changedFields).toEqual([]);
    expect(result.conflicts[0]).toMatchObject({ field: 'name', kept: '张秀英', other: '张秀瑛' });
  });

  it('lets a source correct itself without a conflict, but not with older data', () => {
    const newer = mergeRecord(
      stored,
      { values: { maritalStatus: 'widowed' }, stamp: stamp('civil', '2026-03-01') },
      authorityOf,
    );
    expect(newer).toMatchObject({ changedFields: ['maritalStatus'], conflicts: [] });
    const older = mergeRecord(
      stored,
      { values: { maritalStatus: 'widowed' }, stamp: stamp('civil', '2024-03-01') },
      authorityOf,
    );
    expect(older).toMatchObject({ changedFields: [], conflicts: [] });
  });

  it('is idempotent: the same row fused twice changes nothing the second time', () => {
    const value = fc.constantFrom('a', 'b', 'c');
    fc.assert(
      fc.property(
        fc.record({ name: value, phone: value, education: value }, { requiredKeys: [] }),
        fc.constantFrom('police', 'civil', 'grid'),
        fc.constantFrom('2024-01-01', '2026-01-01', '2026-06-01'),
        (values, source, asOf) => {
          const incoming = { values, stamp: stamp(source, asOf) };
          const once = mergeRecord(stored, incoming, authorityOf);
          const twice = mergeRecord({ values: once.values, sources: once.sources }, incoming, authorityOf);
          expect(twice.values).toEqual(once.values);
          expect(twice.changedFields).toEqual([]);
        },
      ),
    );
  });

  it('always keeps the value of the higher authority when two sources disagree', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('police', 'civil', 'grid'),
        fc.constantFrom('police', 'civil', 'grid'),
        (first, second) => {
          const start = mergeRecord(
            null,
            { values: { phone: '1' }, stamp: stamp(first, '2026-01-01') },
            authorityOf,
          );
          const end = mergeRecord(
            start,
            { values: { phone: '2' }, stamp: stamp(second, '2025-01-01') },
            authorityOf,
          );
          const winner = authorityOf(second) > authorityOf(first) ? '2' : '1';
          expect(end.values.phone).toBe(winner);
        },
      ),
    );
  });
});

describe('guessing column mappings', () => {
  it('recognises the registry names, common aliases and a saved mapping', () => {
    const mapping = suggestMapping(
      'person',
      ['身份证号', '姓名', '手机号码', '户籍地址', '备注', '居住地（社区）'],
      { '居住地（社区）': 'residenceAddress' },
    );
    expect(mapping).toEqual({
      身份证号: 'idNumber',
      姓名: 'name',
      手机号码: 'phone',
      户籍地址: 'householdAddress',
      '居住地（社区）': 'residenceAddress',
    });
  });
});
