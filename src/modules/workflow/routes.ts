import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requirePermission } from '../../server/auth-plugin';
import { pageOf } from '../../server/pagination';
import { type AuditActor, auditActorOf, type StaffActor } from '../auth/actor';
import type { TaskDeps } from './act-on-task';
import { approveTask, type TaskOutcome } from './approve-task';
import { askVerification } from './ask-verification';
import { attachmentRoutes } from './attachments/attachment-routes';
import { claimTask, reassignTask } from './claim-task';
import { clockRoutes } from './clock-routes';
import { CorrectionBody, ExtensionBody, ResumeBody, SuspendBody, VerificationBody } from './clock-schemas';
import { disapproveTask } from './disapprove-task';
import { inboxOf } from './inbox';
import { requestCorrection } from './request-correction';
import { requestExtension } from './request-extension';
import { resumeCase } from './resume-case';
import { returnTask } from './return-task';
import {
  ApproveBody,
  DisapproveBody,
  InboxQuery,
  ReassignBody,
  ReturnBody,
  TaskAct,
  TaskParams,
  TransferBody,
} from './schemas';
import { suspendCase } from './suspend-case';
import { taskForStaff } from './task-view';
import { transferTask } from './transfer-task';
import { InboxEntry, TaskDetail, TaskOutcomeView } from './views';

const tags = ['后台审批'];

type Action<B> = (
  deps: TaskDeps,
  actor: StaffActor,
  audit: AuditActor,
  taskId: string,
  body: B,
) => Promise<TaskOutcome>;

/** The back office: inboxes, a task's page and the actions on it. */
export async function workflowRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, notifier } = app.ctx;
  const deps = { db, notifier };
  const handler = (request: FastifyRequest) => {
    const actor = requirePermission(request, 'case.handle');
    return { actor, audit: auditActorOf(actor, request.ip) };
  };

  api.get(
    '/api/tasks',
    {
      schema: {
        tags,
        summary: '待办箱：我的待办、部门待签收、AB岗代办，按紧急程度排序',
        querystring: InboxQuery,
        response: { 200: pageOf(InboxEntry) },
      },
    },
    async (request) => await inboxOf(db, handler(request).actor, request.query),
  );

  api.get(
    '/api/tasks/:id',
    {
      schema: { tags, summary: '待办详情与可执行的操作', params: TaskParams, response: { 200: TaskDetail } },
    },
    async (request) => await taskForStaff(db, handler(request).actor, request.params.id),
  );

  const action = <B extends z.ZodType>(path: string, summary: string, body: B, act: Action<z.infer<B>>) =>
    api.post(
      `/api/tasks/:id/${path}`,
      { schema: { tags, summary, params: TaskParams, body, response: { 200: TaskOutcomeView } } },
      async (request) => {
        const { actor, audit } = handler(request);
        return await act(deps, actor, audit, request.params.id, request.body as z.infer<B>);
      },
    );

  action('claim', '签收部门待办', TaskAct, claimTask);
  action('approve', '通过（最后环节即作出准予决定并办结）', ApproveBody, approveTask);
  action('return', '退回到之前的环节', ReturnBody, returnTask);
  action('disapprove', '不予许可（写明理由及复议、诉讼权利）', DisapproveBody, disapproveTask);
  action('transfer', '转办到辖区内其他部门', TransferBody, transferTask);
  action('reassign', '改派给本部门同岗位人员', ReassignBody, reassignTask);
  action(
    'suspend',
    '中止计时：听证、招标拍卖、检验、检测、检疫、鉴定、专家评审（书面告知申请人）',
    SuspendBody,
    suspendCase,
  );
  action('resume', '特别程序结束，恢复计时（各项期限按中止的工作日顺延）', ResumeBody, resumeCase);
  action('correction', '退回申请人补正（中止计时，申请人补正后恢复）', CorrectionBody, requestCorrection);
  action('extension', '申请延长办理期限（须部门领导批准，每件限一次）', ExtensionBody, requestExtension);
  action('verifications', '请其他部门核验信息（可附本办件材料）', VerificationBody, askVerification);

  await app.register(clockRoutes);
  await app.register(attachmentRoutes);
}
