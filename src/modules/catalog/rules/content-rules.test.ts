import { describe, expect, it } from 'vitest';
import { ItemContent, type ItemContentInput } from '../item-content';
import { itemContentProblems } from './content-rules';

const actor = { kind: 'role', role: 'approver', departmentId: null } as const;
const base: ItemContentInput = {
  name: '再生育审批',
  basicCode: '330100012000',
  itemType: '01',
  level: 4,
  departmentId: '7b0e9c1a-3f4d-4e5a-9b6c-1d2e3f4a5b6c',
  legalLimitDays: 20,
  promisedLimitDays: 5,
  handlingKind: 'promised',
  serviceObjects: ['natural_person'],
  feeCharged: false,
  visits: 0,
  onlineDepth: 4,
  anyWindowScope: 'city',
  courierDelivery: false,
  appointment: false,
  resultType: 'approval_document',
  resultName: '再生育审批决定书',
  serviceCategory: 'review_acceptance',
  reverseAnalysis: 'achievable_now',
  materials: [
    { key: 'id_card', name: '夫妻双方身份证', forms: ['original'], required: true },
    { key: 'proof', name: '相关证明', forms: ['copy'], required: false },
  ],
  formFields: [{ key: 'applicant', label: '申请人', type: 'text', required: true, profileSource: 'name' }],
  workflow: [
    { key: 'accept', name: '受理', actor, limitDays: 1, actions: ['approve', 'return'] },
    { key: 'decide', name: '决定', actor, limitDays: 3, actions: ['approve', 'refuse', 'extend'] },
  ],
};
const problems = (changes: Partial<ItemContentInput>) =>
  itemContentProblems(ItemContent.parse({ ...base, ...changes }));

describe('item content problems', () => {
  it('accepts a consistent item', () => {
    expect(problems({})).toEqual([]);
  });

  it('checks the basic code against the item type', () => {
    expect(problems({ itemType: '07' })).toEqual([
      {
        path: 'basicCode',
        message:
          '基本编码第3-4位应为事项类型代码 07（行政确认），现为 01（行政许可）；请核对事项类型或基本编码',
      },
    ]);
  });

  it('accepts an on-the-spot item with limit 0 and instant steps', () => {
    const workflow = [
      { key: 'window', name: '窗口办结', actor, limitDays: 0, actions: ['approve' as const] },
    ];
    expect(problems({ handlingKind: 'on_the_spot', promisedLimitDays: 0, workflow })).toEqual([]);
  });

  it('requires an on-the-spot item to promise 0 days', () => {
    expect(problems({ handlingKind: 'on_the_spot', workflow: [] })).toEqual([
      {
        path: 'promisedLimitDays',
        message: '即办件当场办结，承诺时限应为0个工作日，现为 5 个工作日；请改为0或改为承诺件',
      },
    ]);
  });

  it('requires a promised item to promise more than 0 days', () => {
    expect(problems({ promisedLimitDays: 0, workflow: [] })).toEqual([
      { path: 'promisedLimitDays', message: '承诺件须填写大于0的承诺时限；当场办结的事项请改为即办件' },
    ]);
  });

  it('requires every step of an on-the-spot item to take 0 days', () => {
    expect(problems({ handlingKind: 'on_the_spot', promisedLimitDays: 0 })).toEqual(
      expect.arrayContaining([
        {
          path: 'workflow.1.limitDays',
          message: '即办件当场办结，第2个环节“决定”的时限应为0，现为 3 个工作日',
        },
      ]),
    );
  });

  it('keeps the promised limit within the legal limit', () => {
    expect(problems({ legalLimitDays: null, promisedLimitDays: 30 })).toEqual([]);
    expect(problems({ legalLimitDays: 4 })).toEqual([
      {
        path: 'promisedLimitDays',
        message: '承诺时限 5 个工作日超过法定时限 4 个工作日；承诺时限不得长于法定时限',
      },
    ]);
  });

  it('lets a zero-visit item rely on full online handling or courier delivery', () => {
    expect(problems({ onlineDepth: 3, courierDelivery: true })).toEqual([]);
    expect(problems({ onlineDepth: 3, visits: 1 })).toEqual([]);
    expect(problems({ onlineDepth: 3 })).toEqual([
      {
        path: 'visits',
        message:
          '零跑腿事项须支持全程网办或快递送达；请将网办深度设为“四级：全程网办”、开通快递送达，或将到现场次数改为1',
      },
    ]);
  });

  it('refuses repeated material keys', () => {
    const materials = [
      { key: 'id_card', name: '身份证', forms: ['original' as const], required: true },
      { key: 'id_card', name: '户口簿', forms: ['original' as const], required: true },
    ];
    expect(problems({ materials })).toEqual([
      {
        path: 'materials.1.key',
        message: '第2项材料“户口簿”的标识“id_card”与第1项材料“身份证”重复，请改用其他标识',
      },
    ]);
  });

  it('requires at least one required material unless there are none', () => {
    expect(problems({ materials: [] })).toEqual([]);
    expect(
      problems({ materials: [{ key: 'proof', name: '相关证明', forms: ['copy'], required: false }] }),
    ).toEqual([
      {
        path: 'materials',
        message: '所列材料均为非必需，请至少将一项材料标为必需；若无需提交材料，请删除全部材料',
      },
    ]);
  });

  it('requires a fee basis when a fee is charged', () => {
    expect(problems({ feeCharged: true, feeBasis: '《行政事业性收费标准》' })).toEqual([]);
    expect(problems({ feeCharged: true, feeBasis: '  ' })).toEqual([
      { path: 'feeBasis', message: '收费事项须填写收费依据' },
    ]);
  });

  it('requires a result name unless there is no result', () => {
    expect(problems({ resultType: 'none', resultName: '' })).toEqual([]);
    expect(problems({ resultType: 'certificate', resultName: '' })).toEqual([
      {
        path: 'resultName',
        message: '办理结果类型为“证照”，请填写办理结果名称；没有办理结果的请将类型选为“无”',
      },
    ]);
  });

  it('includes form and workflow problems under their paths', () => {
    const formFields = [
      { key: 'phone', label: '电话', type: 'text' as const, required: true, profileSource: 'phone' as const },
    ];
    const workflow = [
      { key: 'decide', name: '决定', actor: null, limitDays: 9, actions: ['approve' as const] },
    ];
    expect(problems({ formFields, workflow }).map((problem) => problem.path)).toEqual([
      'formFields.0.type',
      'workflow.0.actor',
      'workflow',
    ]);
  });
});
