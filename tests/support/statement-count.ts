import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

/**
 * Counts the statements a request sends, at the driver (decision 16: round
 * trips are the budget). Call once at the top of a test file; `statementsOf`
 * then returns the statements `run` sent, in order.
 */
export function countStatements(): { statementsOf: (run: () => Promise<unknown>) => Promise<string[]> } {
  const original = pg.Client.prototype.query;
  let sent: string[] | null = null;
  beforeAll(() => {
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const [text] = args;
      sent?.push(typeof text === 'string' ? text : String((text as { text?: string }).text));
      return (original as (...all: unknown[]) => unknown).apply(this, args);
    } as typeof original;
  });
  afterAll(() => {
    pg.Client.prototype.query = original;
  });
  return {
    statementsOf: async (run) => {
      sent = [];
      try {
        await run();
        return sent;
      } finally {
        sent = null;
      }
    },
  };
}
