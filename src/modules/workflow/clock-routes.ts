import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { requirePermission } from '../../server/auth-plugin';
import { fileAnswers, MATERIAL_MEDIA_TYPES } from '../../server/openapi';
import { fileStoreIn } from '../materials/file-store';
import { sendCaseFile } from './case-files';
import { FileParams } from './clock-schemas';
import { taskClock, visibleTask } from './clock-view';
import { TaskClockView } from './clock-views';
import { correctionRoutes } from './correction-routes';
import { extensionRoutes } from './extension-routes';
import { TaskParams } from './schemas';
import { verificationRoutes } from './verification-routes';

const tags = ['后台审批'];

/**
 * A case's clock as its task page shows it (the acts on it are task actions,
 * in routes.ts), the case's files for that page, then the leaders' extension
 * decisions, the departments' verification inbox and the corrections' answers.
 */
export async function clockRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db, config } = app.ctx;
  const store = fileStoreIn(config.dataDir);
  const reader = (request: FastifyRequest) => requirePermission(request, 'case.handle');

  api.get(
    '/api/tasks/:id/clock',
    {
      schema: {
        tags,
        summary: '办理时限：中止与补正、延期、信息核验，及当前可执行的操作',
        params: TaskParams,
        response: { 200: TaskClockView },
      },
    },
    async (request) => await taskClock(db, reader(request), request.params.id),
  );

  api.get(
    '/api/tasks/:id/files/:materialId',
    {
      schema: {
        tags,
        summary: '预览本办件的材料文件（可查看该待办的工作人员）',
        params: FileParams,
        response: fileAnswers('材料文件（PDF 或图片）', MATERIAL_MEDIA_TYPES),
      },
    },
    async (request, reply) => {
      const actor = reader(request);
      const { row } = await visibleTask(db, actor, request.params.id);
      const fileReader = { actor, ip: request.ip, purpose: '审批办件' };
      return await sendCaseFile(db, reply, store, fileReader, row.case_number, request.params.materialId);
    },
  );

  await app.register(verificationRoutes);
  await app.register(extensionRoutes);
  await app.register(correctionRoutes);
}
