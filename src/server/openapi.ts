import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ALLOWED_FILE_TYPES } from '../shared/material-files';

/** The one shape of every error answer, as clients and the OpenAPI document see it. */
const FieldProblemSchema = z.object({ field: z.string(), label: z.string(), message: z.string() });
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]*$/)
      .describe('稳定的错误代码，如 VALIDATION_FAILED'),
    message: z.string().min(1).describe('中文说明（字段错误以字段中文名开头）'),
    details: z
      .union([z.array(FieldProblemSchema), z.record(z.string(), z.unknown())])
      .describe('输入错误时为出错字段列表，其他错误为补充信息'),
  }),
});

const ERROR_REF = { $ref: '#/components/schemas/ApiError' };

/** What a material's file may be. */
/** The answer of a route that answers 204 with no body. */
export const NO_CONTENT = { 204: z.null().describe('已完成，无内容 (done, no content)') };

export const MATERIAL_MEDIA_TYPES = Object.keys(ALLOWED_FILE_TYPES);

/**
 * The answers of a route that sends a file: the bytes in one of `mediaTypes`,
 * or 410 when a stored file is gone (FILE_MISSING).
 */
export function fileAnswers(description: string, mediaTypes: readonly string[]) {
  const bytes = z.instanceof(Buffer).meta({ type: 'string', format: 'binary' });
  return {
    200: { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: bytes }])) },
    410: ApiErrorSchema.describe('文件已丢失（FILE_MISSING）'),
  };
}

/** What each error status means on any route; every route may answer these. */
const ERRORS_OF_EVERY_ROUTE: Record<number, string> = {
  400: '请求不符合要求（VALIDATION_FAILED 等，details 列出出错字段）',
  401: '未登录或会话已过期（UNAUTHENTICATED）',
  403: '无权执行（FORBIDDEN、CSRF_TOKEN_INVALID、PASSWORD_CHANGE_REQUIRED 等）',
  404: '对象不存在或无权查看（NOT_FOUND）',
  409: '与当前状态冲突（如 ALREADY_EXISTS、版本已变）',
  429: '操作过于频繁（TOO_MANY_REQUESTS 等）',
};
/** And these on routes that take a body. */
const ERRORS_OF_BODIES: Record<number, string> = {
  413: '请求体超过该接口的上限（PAYLOAD_TOO_LARGE、FILE_TOO_LARGE、XLSX_TOO_LARGE）',
  415: '不支持的内容类型或字符集（UNSUPPORTED_MEDIA_TYPE、UNSUPPORTED_CHARSET）',
};
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type Schema = Record<string, unknown>;

/** An upload's multipart body: the form fields of `fields` beside a binary `file`. */
function multipartBody(fields: z.ZodType): Schema {
  const file = {
    type: 'object',
    required: ['file'],
    properties: { file: { type: 'string', format: 'binary' } },
  };
  return { allOf: [z.toJSONSchema(fields, { target: 'openapi-3.0', io: 'input' }), file] };
}

/**
 * fastify-type-provider-zod's transform, plus what a client needs to call
 * every route and read every answer: the error statuses with the shared error
 * schema, and an upload route's multipart body (declared by the route as
 * `schema.multipart`, the zod schema of its form fields; the handler reads the
 * parts itself, so Fastify validates no body there).
 */
export function openApiTransform(input: TransformInput) {
  const { schema: source, url, route } = input as TransformInput & { route: { method: string | string[] } };
  const multipart = (source as { multipart?: z.ZodType } | undefined)?.multipart;
  const { schema, ...rest } = jsonSchemaTransform(input);
  if (!url.startsWith('/api/') || (schema as Schema).hide) return { schema, ...rest };
  const methods = [route.method].flat();
  const errors = methods.some((method) => BODY_METHODS.has(method))
    ? { ...ERRORS_OF_EVERY_ROUTE, ...ERRORS_OF_BODIES }
    : ERRORS_OF_EVERY_ROUTE;
  const response: Record<string, Schema> = { ...((schema as Schema).response as Record<string, Schema>) };
  for (const [status, description] of Object.entries(errors)) {
    response[status] ??= { description, ...ERROR_REF };
  }
  const { multipart: _declared, ...documented } = schema as Schema;
  const body = multipart ? { body: multipartBody(multipart), consumes: ['multipart/form-data'] } : {};
  return { schema: { ...documented, ...body, response }, ...rest };
}

/** The OpenAPI document at /api/docs/json and its viewer at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '一次 Yici 政务服务平台 API',
        description:
          '“最多跑一次”一窗受理政务服务平台接口。错误统一为 {error:{code,message,details}}（ApiError）。',
        version,
      },
      components: {
        schemas: { ApiError: z.toJSONSchema(ApiErrorSchema, { target: 'openapi-3.0' }) as Schema },
      },
    },
    transform: openApiTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
}
