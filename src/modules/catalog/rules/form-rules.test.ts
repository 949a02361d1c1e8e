import { describe, expect, it } from 'vitest';
import type { FormField } from '../item-content';
import { formProblems } from './form-rules';

const field = (key: string, more: Partial<FormField> = {}): FormField => ({
  key,
  label: key,
  type: 'text',
  required: true,
  options: [],
  maxLength: null,
  profileSource: null,
  hint: '',
  ...more,
});

describe('form problems', () => {
  it('accepts a form with pre-filled, select and plain fields', () => {
    const fields = [
      field('applicant', { label: '申请人', profileSource: 'name' }),
      field('id_number', { label: '身份证号码', type: 'id_number', profileSource: 'id_number' }),
      field('born', { label: '出生日期', type: 'date', profileSource: 'birth_date' }),
      field('address', { label: '户籍地址', type: 'address', profileSource: 'household_address' }),
      field('sex', { label: '性别', type: 'select', options: ['男', '女'], profileSource: 'sex' }),
      field('reason', { label: '申请事由', type: 'textarea' }),
    ];
    expect(formProblems(fields)).toEqual([]);
  });

  it('refuses a repeated key', () => {
    expect(formProblems([field('name', { label: '姓名' }), field('name', { label: '曾用名' })])).toEqual([
      {
        path: 'formFields.1.key',
        message: '第2个字段“曾用名”的标识“name”与第1个字段“姓名”重复，请改用其他标识',
      },
    ]);
  });

  it('refuses a select with fewer than two options', () => {
    expect(
      formProblems([field('marriage', { label: '婚姻状况', type: 'select', options: ['已婚'] })]),
    ).toEqual([
      { path: 'formFields.0.options', message: '第1个字段“婚姻状况”为“单选”，至少须有2个选项，现有 1 个' },
    ]);
  });

  it('refuses options on a field that is not a select', () => {
    expect(formProblems([field('name', { label: '姓名', options: ['张三'] })])).toEqual([
      {
        path: 'formFields.0.options',
        message: '第1个字段“姓名”为“单行文本”，不应设置选项；请删除选项或改为“单选”',
      },
    ]);
  });

  it('lets one profile fact pre-fill one field only', () => {
    const fields = [
      field('phone', { label: '联系电话', type: 'phone', profileSource: 'phone' }),
      field('phone2', { label: '备用电话', type: 'phone', profileSource: 'phone' }),
    ];
    expect(formProblems(fields)).toEqual([
      {
        path: 'formFields.1.profileSource',
        message:
          '第2个字段“备用电话”与第1个字段“联系电话”都取自申请人信息“手机号码”；同一信息只能预填一个字段，请取消其中一个的预填',
      },
    ]);
  });

  it('requires a field type that fits its profile fact', () => {
    const fields = [
      field('born', { label: '出生日期', type: 'text', profileSource: 'birth_date' }),
      field('home', { label: '居住地址', type: 'textarea', profileSource: 'residence_address' }),
      field('company', {
        label: '企业名称',
        type: 'select',
        options: ['甲', '乙'],
        profileSource: 'enterprise_name',
      }),
    ];
    expect(formProblems(fields)).toEqual([
      {
        path: 'formFields.0.type',
        message: '第1个字段“出生日期”取自申请人信息“出生日期”，字段类型应为“日期”，现为“单行文本”',
      },
      {
        path: 'formFields.1.type',
        message:
          '第2个字段“居住地址”取自申请人信息“居住地址”，字段类型应为“地址”或“单行文本”，现为“多行文本”',
      },
    ]);
  });
});
