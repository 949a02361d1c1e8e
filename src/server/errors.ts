import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { fieldLabel } from '../shared/field-labels';

/**
 * Every error a client sees is {error: {code, message, details}}: a stable
 * code, a Chinese message and, for bad input, the fields at fault.
 */
export interface FieldProblem {
  field: string;
  label: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> | FieldProblem[] = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(404, 'NOT_FOUND', `${what}不存在或您无权查看`);
export const forbidden = (message = '您没有执行此操作的权限') => new AppError(403, 'FORBIDDEN', message);
export const conflict = (code: string, message: string, details: Record<string, unknown> = {}) =>
  new AppError(409, code, message, details);

/** A single field's problem found by a rule after schema validation. */
export function invalidField(field: string, message: string, code = 'VALIDATION_FAILED'): AppError {
  return invalidFields([{ field, label: fieldLabel([field]), message }], code);
}

/** Several fields' problems at once, so a form can mark all of them; the message names the first. */
export function invalidFields(problems: FieldProblem[], code = 'VALIDATION_FAILED'): AppError {
  const first = problems[0];
  return new AppError(400, code, first ? `${first.label}：${first.message}` : '请求内容不符合要求', problems);
}

const PG_UNIQUE_VIOLATION = '23505';
const PG_FOREIGN_KEY_VIOLATION = '23503';

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    // Refused before its body arrived (a stranger's upload, a body past the limit): close the
    // connection after the answer, so the rest of the body is not taken in.
    if (request.raw.complete === false) reply.header('connection', 'close');
    if (hasZodFastifySchemaValidationErrors(error)) {
      const problems: FieldProblem[] = error.validation.map((issue) => {
        const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
        const label = fieldLabel(field ? field.split('.') : []);
        return { field, label, message: issue.message ?? '格式不正确' };
      });
      const first = problems[0];
      const message = first ? `${first.label}：${first.message}` : '请求内容不符合要求';
      return reply.status(400).send({ error: { code: 'VALIDATION_FAILED', message, details: problems } });
    }
    if (error instanceof AppError) {
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code, message: error.message, details: error.details } });
    }
    const pgCode = (error as { code?: string }).code;
    if (pgCode === PG_UNIQUE_VIOLATION) {
      return reply
        .status(409)
        .send({ error: { code: 'ALREADY_EXISTS', message: '该记录已存在，请勿重复添加', details: {} } });
    }
    if (pgCode === PG_FOREIGN_KEY_VIOLATION) {
      return reply
        .status(409)
        .send({ error: { code: 'REFERENCE_MISSING', message: '引用的记录不存在', details: {} } });
    }
    if (error.statusCode === 429) {
      return reply
        .status(429)
        .send({ error: { code: 'TOO_MANY_REQUESTS', message: '操作过于频繁，请稍后再试', details: {} } });
    }
    if (error.statusCode === 413) {
      return reply
        .status(413)
        .send({ error: { code: 'PAYLOAD_TOO_LARGE', message: '上传的内容过大，请分批提交', details: {} } });
    }
    if (error.statusCode === 415) {
      return reply.status(415).send({
        error: {
          code: 'UNSUPPORTED_MEDIA_TYPE',
          message: '不支持该内容类型 (unsupported content type)',
          details: { contentType: request.headers['content-type'] ?? null },
        },
      });
    }
    if (error.statusCode && error.statusCode < 500) {
      // Fastify's own client errors (bad JSON, body too large, wrong content type).
      return reply
        .status(error.statusCode)
        .send({ error: { code: 'BAD_REQUEST', message: '请求格式不正确', details: { reason: error.code } } });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply
      .status(500)
      .send({ error: { code: 'INTERNAL_ERROR', message: '系统繁忙，请稍后再试', details: {} } });
  });
}

const errorBody = (code: string, message: string, details: Record<string, unknown> = {}) =>
  JSON.stringify({ error: { code, message, details } });

/**
 * Fastify's own refusals before a route is found (a URL whose escapes do not
 * decode, an over-long parameter), answered in the platform's shape.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const badUrl = error.code === 'FST_ERR_BAD_URL';
  reply
    .status(400)
    .type('application/json; charset=utf-8')
    .send(
      badUrl
        ? errorBody('BAD_URL', '请求地址格式不正确 (malformed URL)')
        : errorBody('BAD_REQUEST', '请求格式不正确 (bad request)', { reason: error.code }),
    );
}

const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', '请求头过大 (request headers too large)'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', '请求超时 (request timed out)'],
};

/**
 * Requests Node's HTTP parser refuses before Fastify sees them (headers past
 * the size limit, unparsable request lines, timeouts): the same shape, written
 * on the socket, which is then closed as Node does.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = CLIENT_ERRORS[error.code ?? ''] ?? [
    400,
    'BAD_REQUEST',
    '请求格式不正确 (bad request)',
  ];
  const body = errorBody(code, message);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
