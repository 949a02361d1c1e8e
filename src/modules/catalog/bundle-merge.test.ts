import { describe, expect, it } from 'vitest';
import { itemContent } from '../../../tests/support/catalog-factory';
import { mergeBundle } from './bundle-merge';
import { ItemContent } from './item-content';

const department = '00000000-0000-4000-8000-000000000001';
const content = (overrides: Parameters<typeof itemContent>[1]) =>
  ItemContent.parse(itemContent(department, overrides));
const nameField = {
  key: 'applicant_name',
  label: '申请人姓名',
  type: 'text' as const,
  required: true,
  profileSource: 'name' as const,
};
const idField = {
  key: 'id',
  label: '身份证号码',
  type: 'id_number' as const,
  required: true,
  profileSource: 'id_number' as const,
};

describe('bundle merge', () => {
  const birth = content({
    name: '出生登记',
    promisedLimitDays: 0,
    formFields: [nameField, idField, { key: 'baby_name', label: '新生儿姓名', type: 'text', required: true }],
    materials: [
      {
        key: 'birth_cert',
        name: '《出生医学证明》',
        forms: ['original'],
        required: true,
        certificateTypes: ['birth_medical_certificate'],
      },
      {
        key: 'hukou',
        name: '居民户口簿',
        forms: ['original'],
        required: true,
        certificateTypes: ['household_register'],
      },
    ],
  });
  const insurance = content({
    name: '新生儿参保登记',
    handlingKind: 'promised',
    promisedLimitDays: 3,
    visits: 0,
    onlineDepth: 4,
    formFields: [{ ...nameField, key: 'guardian', label: '监护人姓名' }, idField],
    materials: [
      {
        key: 'register',
        name: '户口簿',
        forms: ['copy'],
        copyCount: 1,
        required: true,
        certificateTypes: ['household_register'],
      },
      { key: 'birth', name: '出生医学证明', forms: ['copy'], required: false, certificateTypes: [] },
    ],
  });
  const merged = mergeBundle([
    { itemId: 'birth', content: birth },
    { itemId: 'insurance', content: insurance },
  ]);

  it('asks a shared profile field once for every item that needs it', () => {
    expect(merged.formFields.map((field) => field.key)).toEqual(['applicant_name', 'id', 'baby_name']);
    expect(merged.formFields[0]?.itemIds).toEqual(['birth', 'insurance']);
    expect(merged.fieldsSaved).toBe(2);
  });

  it('lists a paper once when a certificate or the same name covers it', () => {
    expect(merged.materials.map((material) => material.name)).toEqual(['《出生医学证明》', '居民户口簿']);
    expect(merged.materials[1]).toMatchObject({
      itemIds: ['birth', 'insurance'],
      copyCount: 1,
      required: true,
    });
    expect(merged.materialsSaved).toBe(2);
  });

  it('takes the slowest item for the limit and the most demanding for visits and online depth', () => {
    expect(merged).toMatchObject({ promisedLimitDays: 3, visits: 1, onlineDepth: 2 });
  });

  it('gives two different papers or questions that share a key each a key of their own', () => {
    const photo = (name: string) => ({ key: 'photo', name, forms: ['original' as const], required: true });
    const card = content({
      name: '社会保障卡申领',
      formFields: [{ key: 'baby_name', label: '持卡人姓名', type: 'date', required: true }],
      materials: [photo('电子照片')],
    });
    const enrolment = content({ name: '新生儿参保登记', materials: [photo('一寸近照')] });
    const both = mergeBundle([
      { itemId: 'birth', content: birth },
      { itemId: 'card', content: card },
      { itemId: 'enrolment', content: enrolment },
    ]);
    expect(both.materials.slice(-2)).toMatchObject([
      { key: 'photo', name: '电子照片', keyIn: { card: 'photo' } },
      { key: 'photo_2', name: '一寸近照', keyIn: { enrolment: 'photo' } },
    ]);
    expect(both.formFields.filter((field) => field.keyIn.card)).toMatchObject([
      { key: 'baby_name_2', label: '持卡人姓名', keyIn: { card: 'baby_name' } },
    ]);
  });
});
