import fc from 'fast-check';
import type { LightMyRequestResponse as Answer } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_RESIDENT } from '../../src/seed/demo-district';
import { seedDemo } from '../../src/seed/seed-demo';
import { INT4_MAX, INT4_MIN } from '../../src/server/int-schemas';
import { type JsonSchema, SchemaArbitraries } from '../support/openapi-arbitraries';
import {
  answerProblem,
  type FuzzRequest,
  type OpenApiDocument,
  type Operation,
  operationsOf,
  requestsFor,
} from '../support/openapi-operations';
import { Client, setUpTestApp, signInResident, signInStaff } from '../support/test-app';

/**
 * Property-based fuzz of the OpenAPI document (issue 12): every operation is
 * called with inputs generated from its own schemas, hostile values mixed in,
 * as a stranger, a resident and a platform administrator. No answer may be a
 * 5xx, every status must be one the document lists for the operation, and
 * every error body must be the shared ApiError shape. Deterministic (fixed
 * seed) and bounded (RUNS requests per operation and caller).
 */
const SEED = 20261208;
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
/** Would end the caller's session, which the rest of the run needs. */
const SKIPPED_WHEN_SIGNED_IN = new Set(['POST /api/auth/sign-out']);

const t = setUpTestApp();
let document: OpenApiDocument;
let operations: Operation[];
/** Ids, codes and numbers the demo district really holds, read from the lists its callers see. */
let known: string[] = [];
const callers: { name: string; client: Client }[] = [];

beforeAll(async () => {
  document = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
  operations = operationsOf(document);
  await seedDemo(t.db);
  callers.push(
    { name: 'anonymous', client: new Client(t.app) },
    { name: 'resident', client: await signInResident(t.app, t.db, DEMO_RESIDENT.phone) },
    { name: 'staff admin', client: await signInStaff(t.app, 'admin', DEMO_PASSWORD) },
  );
  known = await knownValues(callers, operations);
});

/** Every string in the answers of the parameterless GET operations, as each caller sees them. */
async function knownValues(from: { client: Client }[], all: Operation[]): Promise<string[]> {
  const values = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string' && value.length <= 64) values.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  const lists = all.filter((operation) => operation.method === 'GET' && !operation.path.includes('{'));
  for (const { client } of from) {
    for (const operation of lists) {
      const answer = await client.get(operation.path);
      if (String(answer.headers['content-type']).includes('json')) collect(answer.json());
    }
  }
  return [...values].sort();
}

const shown = (text: string | Buffer | undefined, limit: number) => {
  const value = typeof text === 'string' ? text : text ? `<${text.length} bytes>` : '';
  return JSON.stringify(value.length > limit ? `${value.slice(0, limit)}…` : value);
};

function report(caller: string, operation: Operation, request: FuzzRequest, answer: Answer, problem: string) {
  const type = String(answer.headers['content-type'] ?? '');
  const body = type.includes('json')
    ? shown(answer.body, 400)
    : `<${answer.rawPayload.length} bytes of ${type}>`;
  return [
    `${operation.method} ${operation.path} as ${caller}: ${problem}`,
    `  request: ${request.method} ${request.url} headers ${shown(JSON.stringify(request.headers), 300)} body ${shown(request.payload, 300)}`,
    `  answer: ${answer.statusCode} ${body}`,
  ].join('\n');
}

describe('the OpenAPI document', () => {
  it('bounds every integer input to what a PostgreSQL integer column holds', () => {
    const unbounded: string[] = [];
    const visit = (schema: JsonSchema | undefined, where: string): void => {
      if (!schema) return;
      if (schema.type === 'integer' && !(schema.maximum !== undefined && schema.maximum <= INT4_MAX)) {
        unbounded.push(`${where}: maximum ${schema.maximum}`);
      }
      if (schema.type === 'integer' && !(schema.minimum !== undefined && schema.minimum >= INT4_MIN)) {
        unbounded.push(`${where}: minimum ${schema.minimum}`);
      }
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        visit(property, `${where}.${key}`);
      visit(schema.items, `${where}[]`);
      for (const option of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) {
        visit(option, where);
      }
    };
    for (const operation of operations) {
      const name = `${operation.method} ${operation.path}`;
      for (const parameter of operation.parameters) visit(parameter.schema, `${name} ${parameter.name}`);
      visit(operation.body?.schema, `${name} body`);
    }
    expect(unbounded).toEqual([]);
  });

  it('describes each upload with a multipart body holding a binary file', () => {
    const uploads = operations.filter((operation) => operation.body?.type === 'multipart/form-data');
    expect(uploads.map((operation) => operation.path).sort()).toEqual([
      '/api/cases/{id}/materials/{key}/scan',
      '/api/materials',
      '/api/resident/materials',
      '/api/tasks/{id}/attachments',
      '/api/verifications/{id}/attachments',
    ]);
    for (const upload of uploads) expect(JSON.stringify(upload.body?.schema)).toContain('"format":"binary"');
  });
});

describe('fuzzing every operation', () => {
  it('never answers 5xx nor outside the documented answers', async () => {
    const arbitraries = new SchemaArbitraries(document.components?.schemas ?? {}, known);
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const operation of operations) {
      const requests = requestsFor(operation, arbitraries);
      for (const { name, client } of callers) {
        if (name !== 'anonymous' && SKIPPED_WHEN_SIGNED_IN.has(`${operation.method} ${operation.path}`))
          continue;
        const samples = fc.sample(requests, { seed: SEED, numRuns: RUNS });
        for (const request of samples) {
          const answer = await client.request(
            request.method as 'GET',
            request.url,
            request.payload,
            request.headers,
          );
          const problem = answerProblem(operation, answer.statusCode, answer.body);
          const key = `${operation.method} ${operation.path} ${name} ${problem?.slice(0, 40)}`;
          if (problem && !seen.has(key)) {
            seen.add(key);
            failures.push(report(name, operation, request, answer, problem));
          }
        }
      }
    }
    expect(failures, `${failures.length} answers broke the contract:\n${failures.join('\n')}`).toEqual([]);
  });
});
