import { beforeAll, describe, expect, it } from 'vitest';
import { createIntakeWorld, elderlyIntake, type IntakeWorld } from '../../../tests/support/case-world';
import { setUpTestApp } from '../../../tests/support/test-app';

/** The public progress look-up is limited per client address (PUBLIC_LOOKUP_LIMIT per minute). */
const t = setUpTestApp({ publicLookupLimit: 3 });
/** As the benches start it: PUBLIC_LOOKUP_LIMIT=0. */
const unlimited = setUpTestApp({ publicLookupLimit: 0 });
let world: IntakeWorld;
let code: string;

beforeAll(async () => {
  world = await createIntakeWorld(t.db, t.app, '330188');
  code = (await world.clerk.post('/api/cases', elderlyIntake(world))).json().publicCode;
});

const lookUp = (path: string, address: string, app = t.app) =>
  app.inject({ method: 'GET', url: path, remoteAddress: address });

describe('the public progress look-up limit', () => {
  it('answers 429 in the platform error shape past the limit, per address, guesses counted too', async () => {
    expect((await lookUp(`/api/public/progress/${code}`, '203.0.113.7')).statusCode).toBe(200);
    expect((await lookUp(`/api/public/progress/${'x'.repeat(22)}`, '203.0.113.7')).statusCode).toBe(404);
    expect((await lookUp(`/api/public/progress/${code}`, '203.0.113.7')).statusCode).toBe(200);
    const limited = await lookUp(`/api/public/progress/${code}`, '203.0.113.7');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({
      error: {
        code: 'PROGRESS_LOOKUP_LIMITED',
        message: expect.stringMatching(/^查询过于频繁，请\d+秒后再试$/),
        details: { retryAfterSeconds: expect.any(Number) },
      },
    });
    expect(limited.headers['retry-after']).toBeDefined();
    // Someone else, at another address, is not held up.
    expect((await lookUp(`/api/public/progress/${code}`, '198.51.100.20')).statusCode).toBe(200);
  });

  it('has no limit when set to 0', async () => {
    for (let n = 0; n < 20; n += 1) {
      expect(
        (await lookUp(`/api/public/progress/${'y'.repeat(22)}`, '203.0.113.8', unlimited.app)).statusCode,
      ).toBe(404);
    }
  });
});
