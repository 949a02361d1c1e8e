import { describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../tests/support/test-app';

const t = setUpTestApp();

describe('HTTP surface', () => {
  it('reports health with database state and version', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toMatchObject({
      status: 'ok',
      database: { status: 'up' },
      version: expect.any(String),
    });
  });

  it('answers unknown API routes with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('never leaks a stack trace for malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'BAD_REQUEST', message: '请求格式不正确' });
    expect(response.body).not.toMatch(/at .*\.ts|stack/i);
  });

  it('asks for sign-in on protected routes', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/regions' });
    expect(response.statusCode).toBe(401);
    expect(response.json().error).toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('publishes an OpenAPI description of every route', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    const spec = response.json();
    expect(spec.openapi).toMatch(/^3/);
    for (const path of [
      '/api/health',
      '/api/auth/staff/sign-in',
      '/api/regions',
      '/api/staff/{id}/grants',
      '/api/audit-log',
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
  });
});
