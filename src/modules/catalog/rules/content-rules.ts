/**
 * Rules across the fields of one catalogue item version, beyond what the zod
 * schema can say field by field. Department checks need the database and live
 * with the catalogue service, not here.
 */
import { HANDLING_KINDS, ONLINE_DEPTHS, RESULT_TYPES } from '../../../shared/catalog-terms';
import type { ItemContent } from '../item-content';
import { formProblems } from './form-rules';
import { basicCodeProblems } from './item-codes';
import type { ContentProblem } from './problem';
import { workflowProblems } from './workflow-rules';

const ON_THE_SPOT = HANDLING_KINDS.on_the_spot;

function limitProblems(content: ItemContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { handlingKind, promisedLimitDays, legalLimitDays } = content;
  if (handlingKind === 'on_the_spot' && promisedLimitDays !== 0) {
    problems.push({
      path: 'promisedLimitDays',
      message: `${ON_THE_SPOT}当场办结，承诺时限应为0个工作日，现为 ${promisedLimitDays} 个工作日；请改为0或改为${HANDLING_KINDS.promised}`,
    });
  }
  if (handlingKind === 'promised' && promisedLimitDays === 0) {
    problems.push({
      path: 'promisedLimitDays',
      message: `${HANDLING_KINDS.promised}须填写大于0的承诺时限；当场办结的事项请改为${ON_THE_SPOT}`,
    });
  }
  if (handlingKind === 'on_the_spot') {
    content.workflow.forEach((step, index) => {
      if (step.limitDays === 0) return;
      problems.push({
        path: `workflow.${index}.limitDays`,
        message: `${ON_THE_SPOT}当场办结，第${index + 1}个环节“${step.name}”的时限应为0，现为 ${step.limitDays} 个工作日`,
      });
    });
  }
  if (legalLimitDays !== null && promisedLimitDays > legalLimitDays) {
    problems.push({
      path: 'promisedLimitDays',
      message: `承诺时限 ${promisedLimitDays} 个工作日超过法定时限 ${legalLimitDays} 个工作日；承诺时限不得长于法定时限`,
    });
  }
  return problems;
}

function deliveryProblems(content: ItemContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (content.visits === 0 && content.onlineDepth !== 4 && !content.courierDelivery) {
    problems.push({
      path: 'visits',
      message: `零跑腿事项须支持全程网办或快递送达；请将网办深度设为“${ONLINE_DEPTHS[4]}”、开通快递送达，或将到现场次数改为1`,
    });
  }
  if (content.feeCharged && content.feeBasis.trim() === '') {
    problems.push({ path: 'feeBasis', message: '收费事项须填写收费依据' });
  }
  if (content.resultType !== 'none' && content.resultName.trim() === '') {
    problems.push({
      path: 'resultName',
      message: `办理结果类型为“${RESULT_TYPES[content.resultType]}”，请填写办理结果名称；没有办理结果的请将类型选为“${RESULT_TYPES.none}”`,
    });
  }
  return problems;
}

function materialProblems(content: ItemContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { materials } = content;
  const firstWithKey = new Map<string, number>();
  materials.forEach((material, index) => {
    const earlier = firstWithKey.get(material.key);
    if (earlier === undefined) {
      firstWithKey.set(material.key, index);
      return;
    }
    problems.push({
      path: `materials.${index}.key`,
      message: `第${index + 1}项材料“${material.name}”的标识“${material.key}”与第${earlier + 1}项材料“${materials[earlier]?.name}”重复，请改用其他标识`,
    });
  });
  if (materials.length > 0 && !materials.some((material) => material.required)) {
    problems.push({
      path: 'materials',
      message: '所列材料均为非必需，请至少将一项材料标为必需；若无需提交材料，请删除全部材料',
    });
  }
  return problems;
}

/** Every cross-field problem of one item version; [] when it may be published as far as content goes. */
export function itemContentProblems(content: ItemContent): ContentProblem[] {
  return [
    ...basicCodeProblems(content.basicCode, content.itemType).map((message) => ({
      path: 'basicCode',
      message,
    })),
    ...limitProblems(content),
    ...deliveryProblems(content),
    ...materialProblems(content),
    ...formProblems(content.formFields),
    ...workflowProblems(content.workflow, content.promisedLimitDays),
  ];
}
