import { describe, expect, it } from 'vitest';
import type { FormField } from '../../catalog/item-content';
import { formatCaseNumber, newPublicCode } from './case-codes';
import { formProblems, prefill } from './form-values';
import {
  applyEntries,
  type CaseMaterial,
  materialsOfItem,
  noticeTellsNew,
  owedMaterials,
  problemsOf,
  waivedMaterials,
} from './materials';
import { competentRegionOf, hallMayAccept, isAnyWindow, routingBasisOf } from './routing';
import { toleranceProblems } from './tolerance';
import { lastVisitDay, visitCounts } from './visits';

const field = (overrides: Partial<FormField>): FormField => ({
  key: 'f',
  label: '字段',
  type: 'text',
  required: true,
  options: [],
  maxLength: null,
  profileSource: null,
  hint: '',
  ...overrides,
});

describe('case codes', () => {
  it('numbers by intake region and Shanghai day; 23:30 UTC is already the next day there', () => {
    expect(formatCaseNumber('330103004', new Date('2026-01-14T23:30:00Z'), 42)).toBe(
      '330103004-20260115-000042',
    );
    expect(formatCaseNumber('330103', new Date('2026-01-15T02:00:00Z'), 12345678)).toBe(
      '330103-20260115-12345678',
    );
  });

  it('makes 22-character codes that do not repeat', () => {
    const codes = new Set(Array.from({ length: 1000 }, newPublicCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('routing', () => {
  it('routes a person by household unless the form asks only where they live', () => {
    expect(routingBasisOf('person', [field({ profileSource: 'household_address', type: 'address' })])).toBe(
      'household',
    );
    expect(routingBasisOf('person', [field({ profileSource: 'residence_address', type: 'address' })])).toBe(
      'residence',
    );
    expect(routingBasisOf('person', [])).toBe('household');
    expect(routingBasisOf('enterprise', [])).toBe('registered_address');
  });

  it('cuts the applicant region to the item level, or says it is too coarse', () => {
    expect(competentRegionOf('330103004001', 4)).toBe('330103');
    expect(competentRegionOf('330103004001', 5)).toBe('330103004');
    expect(competentRegionOf('330103', 5)).toBeNull();
    expect(competentRegionOf('330103', 2)).toBe('33');
  });

  it('lets a hall take an item when the scope joins hall and applicant, or the hall is in the jurisdiction', () => {
    const base = { hallRegion: '330103004', applicantRegion: '330103002001', competentRegion: '330103' };
    expect(hallMayAccept({ ...base, scope: 'county' })).toBe(true);
    expect(hallMayAccept({ ...base, scope: 'town' })).toBe(false);
    expect(hallMayAccept({ ...base, scope: 'village', applicantRegion: '330103004009' })).toBe(true);
    expect(hallMayAccept({ ...base, scope: 'county', applicantRegion: '330105001001' })).toBe(false);
    expect(hallMayAccept({ ...base, scope: 'city', applicantRegion: '330105001001' })).toBe(true);
    expect(hallMayAccept({ ...base, scope: null })).toBe(true);
    expect(hallMayAccept({ ...base, scope: null, competentRegion: '330103002' })).toBe(false);
    // The district hall is not inside any one street.
    expect(
      hallMayAccept({ ...base, hallRegion: '330103', scope: 'town', applicantRegion: '330103004001' }),
    ).toBe(false);
  });

  it("counts as any-window only an application outside the applicant's own area", () => {
    expect(isAnyWindow('330103004', '330103004001')).toBe(false);
    expect(isAnyWindow('330103', '330103004001')).toBe(false);
    expect(isAnyWindow('330103004', '330103002001')).toBe(true);
  });
});

describe('form values', () => {
  const fields = [
    field({ key: 'name', profileSource: 'name' }),
    field({ key: 'id', type: 'id_number', profileSource: 'id_number' }),
    field({ key: 'sex', type: 'select', options: ['男', '女'], profileSource: 'sex' }),
    field({ key: 'born', type: 'date', required: false }),
  ];

  it('fills from the profile where the typed value is empty; typing wins', () => {
    expect(prefill(fields, { name: '张秀英', sex: '女' }, { name: ' 张三 ', id: '' })).toEqual({
      name: '张三',
      sex: '女',
    });
  });

  it('names each problem: missing, wrong format, unknown field, which ID check failed', () => {
    const problems = formProblems(fields, {
      id: '11010519491231002Y',
      sex: '其他',
      born: '2026-02-30',
      extra: 'x',
    });
    expect(problems).toEqual([
      { key: 'extra', message: '本事项的申请表中没有这个字段' },
      { key: 'name', message: '请填写“字段”' },
      { key: 'id', message: '“字段”身份证号码应为18位，前17位为数字，最后一位为数字或X' },
      { key: 'sex', message: '“字段”应为以下之一：男、女' },
      { key: 'born', message: '“字段”应为有效日期（如 2026-01-15）' },
    ]);
    expect(formProblems(fields, { name: '张', id: '11010519491231002X', sex: '女' })).toEqual([]);
  });
});

const catalogue = [
  {
    key: 'id',
    name: '身份证',
    forms: ['original' as const],
    originalCount: 1,
    copyCount: 0,
    required: true,
    source: 'applicant' as const,
    acceptanceStandard: '',
    fillingNotes: '',
    blankFormFile: null,
    sampleFile: null,
    certificateTypes: [],
    checks: [],
  },
  {
    key: 'proof',
    name: '收入证明',
    forms: ['original' as const],
    originalCount: 1,
    copyCount: 0,
    required: false,
    source: 'applicant' as const,
    acceptanceStandard: '',
    fillingNotes: '',
    blankFormFile: null,
    sampleFile: null,
    certificateTypes: [],
    checks: [],
  },
];

describe('materials and the one-notice rule', () => {
  const t0 = new Date('2026-03-02T01:00:00Z');
  const t1 = new Date('2026-03-02T02:00:00Z');
  const t2 = new Date('2026-03-03T02:00:00Z');

  it('starts main materials missing and conditional ones not applicable', () => {
    expect(materialsOfItem(catalogue).map((m) => [m.key, m.state])).toEqual([
      ['id', 'missing'],
      ['proof', 'not_applicable'],
    ]);
  });

  it('dates a paper when handed over, and again only when replaced', () => {
    const first = applyEntries(materialsOfItem(catalogue), [{ key: 'id', state: 'provided' }], t0).materials;
    expect(first[0]?.submittedAt).toEqual(t0);
    const rejudged = applyEntries(first, [{ key: 'id', state: 'defective', reason: '过期' }], t1).materials;
    expect(rejudged[0]?.submittedAt).toEqual(t0);
    const replaced = applyEntries(
      rejudged,
      [{ key: 'id', state: 'defective', reason: '缺页', newSubmission: true }],
      t2,
    ).materials;
    expect(replaced[0]?.submittedAt).toEqual(t2);
  });

  it('lets a later notice name only what the first named or a paper handed over after it', () => {
    const at = (key: string, state: CaseMaterial['state'], submittedAt: Date | null) => ({
      ...(materialsOfItem(catalogue).find((m) => m.key === key) as CaseMaterial),
      state,
      submittedAt,
    });
    const notices = { first: { number: 'X-BZ1', keys: ['id'], issuedAt: t1 }, latestAt: t1 };
    const waived = (material: CaseMaterial) => waivedMaterials([material], notices).map((m) => m.key);
    expect(waived(at('id', 'missing', null))).toEqual([]);
    expect(waived(at('proof', 'missing', null))).toEqual(['proof']);
    expect(waived(at('proof', 'defective', t0))).toEqual(['proof']);
    expect(waived(at('proof', 'defective', t2))).toEqual([]);
    const both = [at('id', 'missing', null), at('proof', 'defective', t0)];
    expect(owedMaterials(both, notices).map((m) => m.key)).toEqual(['id']);
  });

  it('tells something new in a later notice only about a paper handed over since the latest', () => {
    const id = { ...(materialsOfItem(catalogue)[0] as CaseMaterial), state: 'defective' as const };
    const notices = { first: { number: 'X-BZ1', keys: ['id'], issuedAt: t1 }, latestAt: t1 };
    expect(noticeTellsNew([{ ...id, submittedAt: t0 }], null)).toBe(true);
    expect(noticeTellsNew([{ ...id, submittedAt: t0 }], notices)).toBe(false);
    expect(noticeTellsNew([{ ...id, submittedAt: t2 }], notices)).toBe(true);
    expect(noticeTellsNew([], null)).toBe(false);
  });

  it('does not date a reused certificate judged unfit as a paper handed over', () => {
    const reused = applyEntries(
      materialsOfItem(catalogue),
      [{ key: 'id', state: 'reused_certificate', certificateId: 'c1' }],
      t0,
    ).materials;
    const rejudged = applyEntries(reused, [{ key: 'id', state: 'defective', reason: '证照信息有误' }], t2);
    expect(rejudged.materials[0]?.submittedAt).toEqual(t0);
    const replaced = applyEntries(reused, [{ key: 'id', state: 'provided' }], t2);
    expect(replaced.materials[0]?.submittedAt).toEqual(t2);
  });

  it('reports problems as the notice will list them', () => {
    const materials = applyEntries(
      materialsOfItem(catalogue),
      [{ key: 'proof', state: 'missing' }],
      t0,
    ).materials;
    expect(problemsOf(materials).map((m) => m.key)).toEqual(['id', 'proof']);
  });
});

describe('tolerance', () => {
  const materials = applyEntries(
    materialsOfItem(catalogue),
    [
      { key: 'id', state: 'provided' },
      { key: 'proof', state: 'missing' },
    ],
    new Date(),
  ).materials;
  const limits = { today: '2026-03-02', lastDay: '2026-03-09' };

  it('accepts secondary materials due by the last day of the promised limit', () => {
    expect(toleranceProblems(materials, [{ key: 'proof', due: '2026-03-09' }], limits)).toEqual([]);
  });

  it('refuses main materials, late or past dates, and leaves nothing uncovered', () => {
    const codes = (commitments: { key: string; due: string }[], list = materials) =>
      toleranceProblems(list, commitments, limits).map((problem) => problem.code);
    expect(codes([{ key: 'proof', due: '2026-03-10' }])).toEqual(['DUE_AFTER_PROMISED_LIMIT']);
    expect(codes([{ key: 'proof', due: '2026-03-02' }])).toEqual(['DUE_DATE_PASSED']);
    expect(codes([{ key: 'id', due: '2026-03-05' }])).toEqual([
      'MAIN_MATERIAL_NOT_TOLERABLE',
      'MATERIALS_INCOMPLETE',
    ]);
    expect(codes([{ key: 'nope', due: '2026-03-05' }])).toEqual(['UNKNOWN_MATERIAL', 'MATERIALS_INCOMPLETE']);
    const missingMain = materialsOfItem(catalogue).map((m) =>
      m.key === 'proof' ? { ...m, state: 'missing' as const } : m,
    );
    expect(codes([{ key: 'proof', due: '2026-03-05' }], missingMain)).toEqual(['MATERIALS_INCOMPLETE']);
  });
});

describe('visits', () => {
  // 2026-12-08 23:30 in Beijing is 15:30 UTC; half an hour later it is the 9th there.
  const lateEvening = new Date('2026-12-08T15:30:00Z');
  const events = [
    { kind: 'created', channel: 'online', at: '2026-12-01T02:00:00Z' },
    { kind: 'created', channel: 'window', at: lateEvening },
    { kind: 'materials_recorded', channel: 'window', at: '2026-12-09T01:00:00Z' },
  ];

  it('takes the Beijing day of the last trip: a case started at a window, or a visit', () => {
    expect(lastVisitDay(events)).toBe('2026-12-08');
    expect(lastVisitDay([...events, { kind: 'visit', channel: 'window', at: '2026-12-08T16:00:00Z' }])).toBe(
      '2026-12-09',
    );
    expect(lastVisitDay(events.slice(0, 1))).toBeNull();
  });

  it('counts a ticked trip once a Beijing day, again only as a new arrival', () => {
    const sameNight = new Date('2026-12-08T15:50:00Z');
    const nextMorning = new Date('2026-12-08T16:10:00Z');
    expect(visitCounts({ visit: true, newArrival: false }, '2026-12-08', sameNight)).toBe(false);
    expect(visitCounts({ visit: true, newArrival: true }, '2026-12-08', sameNight)).toBe(true);
    expect(visitCounts({ visit: true, newArrival: false }, '2026-12-08', nextMorning)).toBe(true);
    expect(visitCounts({ visit: false, newArrival: false }, null, nextMorning)).toBe(false);
  });
});
