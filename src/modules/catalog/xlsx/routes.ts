import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requirePermission } from '../../../server/auth-plugin';
import { bulkImportRoute } from '../../../server/body-gate';
import { AppError } from '../../../server/errors';
import { fileAnswers } from '../../../server/openapi';
import { assertXlsxWithin } from '../../../server/xlsx-size';
import { todayInChina } from '../../../shared/certificate-status';
import { MAX_IMPORT_FILE_BYTES, XLSX_TYPE } from '../../../shared/file-types';
import { auditActorOf } from '../../auth/actor';
import { exportPublishedItems, importItems } from '../import-export';
import { loadDirectory } from './directory';
import { loadWorkbook, readWorkbook } from './read-workbook';
import { workbookBuffer } from './write-workbook';

const tags = ['事项目录'];

/** "事项目录-2026-11-23.xlsx" as a Content-Disposition that keeps the Chinese name (RFC 5987) and an ASCII fallback. */
function attachment(date: string): string {
  const name = `事项目录-${date}.xlsx`;
  return `attachment; filename="catalog-${date}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The catalogue as an Excel workbook in the implementing-list columns, out and in. */
export async function catalogWorkbookRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.ctx;
  // Within these routes any upload arrives as raw bytes: whether it is a workbook is for loadWorkbook to say.
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

  api.get(
    '/api/catalog/manage/export.xlsx',
    {
      schema: {
        tags,
        summary: '导出全部已发布事项（Excel：事项、申请材料、申请表字段、办理流程四张表，可直接导入）',
        description: `回复为 ${XLSX_TYPE} 文件，文件名见 Content-Disposition（RFC 5987，中文文件名）。`,
        response: { 200: fileAnswers('Excel 工作簿', [XLSX_TYPE])[200] },
      },
    },
    async (request, reply) => {
      requirePermission(request, 'org.view');
      const [items, directory] = await Promise.all([exportPublishedItems(db), loadDirectory(db)]);
      const workbook = await workbookBuffer(items, directory);
      return reply.type(XLSX_TYPE).header('content-disposition', attachment(todayInChina())).send(workbook);
    },
  );
  api.post(
    '/api/catalog/manage/import.xlsx',
    {
      ...bulkImportRoute('catalog.edit', MAX_IMPORT_FILE_BYTES),
      schema: {
        tags,
        summary:
          '从 Excel 批量导入事项（请求体为 .xlsx 文件；任一行不合格则全部不导入，并逐行说明工作表、行号和列）',
        description: `请求体为 .xlsx 文件本身（Content-Type: ${XLSX_TYPE}，不超过10MB）。不合格时回复 400：IMPORT_REJECTED（details.rejections 逐行列出 sheet、row、name、reasons）、XLSX_UNREADABLE、XLSX_SHEET_MISSING、XLSX_HEADERS_MISSING 或 XLSX_NO_ITEMS。`,
        response: { 200: z.object({ imported: z.number() }) },
      },
    },
    async (request) => {
      const actor = requirePermission(request, 'catalog.edit');
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(400, 'XLSX_UNREADABLE', '请上传 Excel 工作簿（.xlsx）文件');
      }
      await assertXlsxWithin(request.body, app.ctx.config.xlsxLimits);
      const batch = readWorkbook(await loadWorkbook(request.body), await loadDirectory(db));
      return importItems(db, actor, auditActorOf(actor, request.ip), batch);
    },
  );
}
