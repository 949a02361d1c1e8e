import { expect } from 'vitest';
import { elderlyIntake, type IntakeWorld } from './case-world';
import type { Client } from './test-app';

/** Taking a case to its result, for the delivery tests. */

export interface StartedCase {
  id: string;
  version: number;
  caseNumber: string;
  publicCode: string;
  status: string;
  delivery: { method: string };
}

export const ADDRESS = '幸福路8号3幢201室';

/** A delivery to the first community of the clerks' street (the grid worker's grid). */
export function toHome(world: IntakeWorld, method: 'courier' | 'grid_worker', recipient = {}) {
  return { method, recipient: { regionCode: `${world.street}001`, address: ADDRESS, ...recipient } };
}

export async function startCase(
  world: IntakeWorld,
  overrides: Record<string, unknown> = {},
): Promise<StartedCase> {
  const response = await world.clerk.post('/api/cases', elderlyIntake(world, overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

export async function act(
  client: Client,
  started: { id: string; version: number },
  path: string,
  body: Record<string, unknown> = {},
): Promise<StartedCase> {
  const response = await client.post(`/api/cases/${started.id}/${path}`, {
    version: started.version,
    ...body,
  });
  expect(response.statusCode, response.body).toBe(200);
  return { ...started, ...response.json() };
}

/**
 * An on-the-spot case started with `delivery`, accepted and decided with its card number:
 * at the clerk's window unless `atWindow` is false (the applicant is not there).
 */
export async function decidedCase(
  world: IntakeWorld,
  delivery: unknown,
  { atWindow = true, itemId = world.items.courier } = {},
): Promise<StartedCase> {
  const started = await startCase(world, { itemId, delivery });
  const windowId = world.hall.windowId;
  const accepted = await act(world.clerk, started, 'accept', { windowId });
  return await act(world.clerk, accepted, 'complete', {
    resultNumber: `LN${Date.now()}${Math.floor(Math.random() * 1000)}`,
    // The same resident is decided many cards here: each replaces the last (the type's rule asks).
    replaceHeld: true,
    ...(atWindow ? { windowId } : {}),
  });
}

/** The kinds of the case's history, oldest first. */
export async function historyOf(client: Client, caseId: string): Promise<string[]> {
  const detail = (await client.get(`/api/cases/${caseId}`)).json();
  return detail.timeline.map((entry: { kind: string }) => entry.kind);
}
