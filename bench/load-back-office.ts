import { readFileSync } from 'node:fs';
import type autocannon from 'autocannon';
import type { LoadSpec, Session } from './load-client';

/**
 * The back-office bench's requests for the load generator (bench/load-client.ts).
 *
 * approve: POST `actionPath` (':id' replaced) for the next action of the
 *          actions file, one a line "id version session-index" (index -1: no
 *          session, the peer), from line `actionsFrom` on, with the version and
 *          an opinion; each action is sent once (past the end they wrap around
 *          and answer 409, counted as failures).
 * inbox:   GET `inboxPath` with a random approver's session.
 */

/** Called with each answer: when it was sent, its status and body. */
export type Answered = (sentAt: number, status: number, body: string) => void;

interface Timed {
  sentAt?: number;
}

const headersOf = (session: Session | undefined) =>
  session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {};

/** The number of actions sent so far (the next measurement starts after them). */
export let actionsSent = 0;

export function approveRequests(spec: LoadSpec, answered: Answered): autocannon.Request[] {
  const actions = readFileSync(spec.actionsFile as string, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' '));
  const sessions = spec.sessions ?? [];
  const first = spec.actionsFrom ?? 0;
  return [
    {
      method: 'POST',
      setupRequest: (request, raw) => {
        const [id, version, session] = actions[(first + actionsSent++) % actions.length] as string[];
        (raw as Timed).sentAt = performance.now();
        return {
          ...request,
          path: (spec.actionPath as string).replace(':id', id as string),
          headers: { 'content-type': 'application/json', ...headersOf(sessions[Number(session)]) },
          body: JSON.stringify({ version: Number(version), opinion: '经审查，材料齐全，同意，转下一环节。' }),
        };
      },
      onResponse: (status, body, raw) => answered((raw as Timed).sentAt ?? 0, status, body),
    },
  ];
}

export function inboxRequests(spec: LoadSpec, answered: Answered): autocannon.Request[] {
  const sessions = spec.sessions ?? [];
  return [
    {
      method: 'GET',
      setupRequest: (request, raw) => {
        (raw as Timed).sentAt = performance.now();
        return {
          ...request,
          path: spec.inboxPath as string,
          headers: headersOf(sessions[Math.floor(Math.random() * sessions.length)]),
        };
      },
      onResponse: (status, body, raw) => answered((raw as Timed).sentAt ?? 0, status, body),
    },
  ];
}
