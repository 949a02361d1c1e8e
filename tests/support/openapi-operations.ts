import fc from 'fast-check';
import { ApiErrorSchema } from '../../src/server/openapi';
import {
  encodeText,
  HOSTILE_TEXT,
  HOSTILE_VALUES,
  type JsonSchema,
  nodePaths,
  type Parameter,
  replacedAt,
  type SchemaArbitraries,
} from './openapi-arbitraries';

/** One operation of the OpenAPI document, as the fuzz calls it. */
export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body?: { type: string; schema: JsonSchema };
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'> & { requestBody?: BodyObject }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}
type BodyObject = { content: Record<string, { schema: JsonSchema }> };

/** A request to make: what inject takes. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const [type, media] = Object.entries(operation.requestBody?.content ?? {})[0] ?? [];
      return {
        method: method.toUpperCase(),
        path,
        parameters: operation.parameters ?? [],
        body: type && media ? { type, schema: media.schema } : undefined,
        responses: operation.responses,
      };
    }),
  );
}

/** A small PNG: a file the material checks accept. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

function multipart(fields: Record<string, unknown>, file: Buffer): { payload: Buffer; type: string } {
  const boundary = 'fuzzboundary7MA4YWxkTrZu0gW';
  const parts = Object.entries(fields)
    .filter(([name]) => name !== 'file')
    .map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${typeof value === 'string' ? value : JSON.stringify(value)}\r\n`,
    );
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="f.png"\r\nContent-Type: image/png\r\n\r\n`;
  const payload = Buffer.concat([
    Buffer.from(parts.join('') + head),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, type: `multipart/form-data; boundary=${boundary}` };
}

/** Where a request's one hostile value goes: a parameter (path, query, header), or a node of the JSON body. */
type Target = { in: 'parameter'; index: number } | { in: 'body'; node: number };

/** What a header can carry at all (printable ASCII): a generated value that cannot is sent as `x`. */
const headerSafe = (value: string) => (/^[\x20-\x7e]*$/.test(value) ? value : 'x');

/**
 * Requests for `operation`, generated from its schemas: its path, query and
 * header parameters and its body; two in five carry one hostile value in
 * place of a parameter or of any node of the body.
 */
export function requestsFor(operation: Operation, arbitraries: SchemaArbitraries): fc.Arbitrary<FuzzRequest> {
  const parameters = operation.parameters.filter((parameter) => parameter.in !== 'cookie');
  const parameterValues = fc.tuple(
    ...parameters.map((parameter) =>
      parameter.in === 'path' || parameter.required
        ? arbitraries.text(parameter)
        : fc.option(arbitraries.text(parameter), { freq: 3 }),
    ),
  );
  const json = operation.body?.type.includes('json')
    ? arbitraries.value(operation.body.schema)
    : fc.constant(undefined);
  const hostile = fc.option(
    fc.record({
      target: fc.nat(),
      text: fc.constantFrom(...HOSTILE_TEXT),
      value: fc.constantFrom(...HOSTILE_VALUES),
    }),
    { freq: 3 },
  );
  return fc
    .tuple(parameterValues, json, hostile, rawBodyOf(operation, arbitraries))
    .map(([values, body, attack, raw]) => {
      const paths = operation.body?.type.includes('json') ? nodePaths(body) : [];
      const targets: Target[] = [
        ...parameters.map((_, index) => ({ in: 'parameter' as const, index })),
        ...paths.map((_, node) => ({ in: 'body' as const, node })),
      ];
      const target = attack && targets.length > 0 ? targets[attack.target % targets.length] : undefined;
      const text = values.map((value, index) =>
        target?.in === 'parameter' && target.index === index ? (attack?.text ?? value) : value,
      );
      const jsonBody =
        target?.in === 'body' ? replacedAt(body, paths[target.node] ?? [], attack?.value) : body;
      const given = parameters.flatMap((parameter, index) => {
        const value = text[index];
        return value === null || value === undefined ? [] : [{ parameter, value }];
      });
      const url = given
        .filter(({ parameter }) => parameter.in === 'path')
        .reduce(
          (built, { parameter, value }) => built.replace(`{${parameter.name}}`, encodeText(value)),
          operation.path,
        );
      const search = given
        .filter(({ parameter }) => parameter.in === 'query')
        .map(({ parameter, value }) => `${encodeURIComponent(parameter.name)}=${encodeText(value)}`)
        .join('&');
      const headers: Record<string, string> = Object.fromEntries(
        given
          .filter(({ parameter }) => parameter.in === 'header')
          .map(({ parameter, value }) => [parameter.name.toLowerCase(), headerSafe(value)]),
      );
      const payload = operation.body?.type.includes('json')
        ? { payload: JSON.stringify(jsonBody) ?? 'null', type: operation.body.type }
        : raw;
      if (payload) headers['content-type'] = payload.type;
      return {
        method: operation.method,
        url: search ? `${url}?${search}` : url,
        headers,
        payload: payload?.payload,
      };
    });
}

/** A body that is not JSON: a multipart upload with its form fields, or raw bytes. */
function rawBodyOf(
  operation: Operation,
  arbitraries: SchemaArbitraries,
): fc.Arbitrary<{ payload: string | Buffer; type: string } | null> {
  const body = operation.body;
  if (!body || body.type.includes('json')) return fc.constant(null);
  if (body.type === 'multipart/form-data') {
    const fieldValue = fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
    );
    return fc
      .tuple(
        arbitraries.object(body.schema, 0),
        fieldValue,
        fc.oneof(
          fc.constant(PNG),
          fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
        ),
      )
      .map(([fields, hostileName, file]) =>
        multipart(hostileName === undefined ? fields : { ...fields, name: hostileName }, file),
      );
  }
  return fc.uint8Array({ maxLength: 256 }).map((bytes) => ({ payload: Buffer.from(bytes), type: body.type }));
}

/** What is wrong with an answer to `operation`, or null: a 5xx, a status not documented, an error body off the shared schema. */
export function answerProblem(operation: Operation, status: number, body: string): string | null {
  if (status >= 500) return `answered ${status}`;
  if (!(String(status) in operation.responses) && !('default' in operation.responses)) {
    return `answered ${status}, which the document does not list (it lists ${Object.keys(operation.responses).join(', ')})`;
  }
  if (status < 400) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return `answered ${status} with a body that is not JSON`;
  }
  const checked = ApiErrorSchema.safeParse(parsed);
  return checked.success
    ? null
    : `answered ${status} with an error body off the ApiError schema: ${checked.error.message}`;
}
