import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { figures } from './figures';
import { chaomingResident } from './intake-people';
import { actionsSent, approveRequests, inboxRequests } from './load-back-office';

/**
 * The benches' load generator, run as its own process (bench/load-runner.ts
 * starts it): autocannon keeps `connections` clients busy for `seconds` against
 * the platform, the bare Fastify server or a peer, and this prints one JSON line.
 *
 * intake:   POST /api/cases (a distinct registered applicant of 潮鸣街道, all three
 *           materials handed over, a fresh Idempotency-Key), then
 *           POST /api/cases/:id/accept with the version it answered; one case = both.
 * progress: GET /api/public/progress/:code with a random code of a loaded case.
 * approve, inbox: the back office's (bench/load-back-office.ts).
 */

export interface Session {
  cookie: string;
  csrf: string;
}

export interface LoadSpec {
  name: string;
  mode: 'intake' | 'progress' | 'approve' | 'inbox';
  baseUrl: string;
  connections: number;
  seconds: number;
  /** intake */
  sessions?: Session[];
  windowIds?: string[];
  itemId?: string;
  materialKeys?: string[];
  formData?: Record<string, string>;
  population?: number;
  /** Distinguishes the Idempotency-Keys and first applicant of one run from another's. */
  runId?: string;
  /** progress: a file with one public code a line */
  codesFile?: string;
  /** approve: the actions file, the line to start from and the path (':id' for the action's id) */
  actionsFile?: string;
  actionsFrom?: number;
  actionPath?: string;
  /** inbox: the path read */
  inboxPath?: string;
}

interface Context {
  sentAt?: number;
  caseStartedAt?: number;
  caseId?: string;
  version?: number;
  windowId?: string;
  session?: Session;
}

const spec = JSON.parse(readFileSync(process.argv[2] as string, 'utf8')) as LoadSpec;
const latencies: Record<string, number[]> = { request: [], start: [], accept: [], case: [] };
const failures: Record<string, number> = {};
const failed = (what: string, status: number, body: string) => {
  const key = `${what} ${status}`;
  failures[key] = (failures[key] ?? 0) + 1;
  if (failures[key] === 1) process.stderr.write(`${key}: ${body.slice(0, 300)}\n`);
};
let sent = 0;
const firstApplicant = Math.floor(Math.random() * 1_000_000);

function intakeRequests(): autocannon.Request[] {
  const sessions = spec.sessions ?? [];
  const windows = spec.windowIds ?? [];
  return [
    {
      method: 'POST',
      path: '/api/cases',
      setupRequest: (request, raw) => {
        const context = raw as Context;
        const n = sent++;
        const session = sessions[n % sessions.length] as Session;
        context.windowId = windows[n % windows.length] as string;
        context.session = session;
        context.sentAt = context.caseStartedAt = performance.now();
        return {
          ...request,
          headers: {
            'content-type': 'application/json',
            cookie: session.cookie,
            'x-csrf-token': session.csrf,
            'idempotency-key': `${spec.runId}-${n}`,
          },
          body: JSON.stringify({
            itemId: spec.itemId,
            channel: 'window',
            windowId: context.windowId,
            applicant: { kind: 'person', number: chaomingResident(firstApplicant + n, spec.population ?? 0) },
            formData: spec.formData ?? {},
            materials: (spec.materialKeys ?? []).map((key) => ({ key, state: 'provided' })),
          }),
        };
      },
      onResponse: (status, body, raw) => {
        const context = raw as Context;
        latencies.start?.push(performance.now() - (context.sentAt ?? 0));
        if (status !== 201) return failed('start', status, body);
        const started = JSON.parse(body) as { id: string; version: number };
        context.caseId = started.id;
        context.version = started.version;
      },
    },
    {
      method: 'POST',
      setupRequest: (request, raw) => {
        const context = raw as Context;
        if (!context.caseId) return undefined as unknown as autocannon.Request;
        context.sentAt = performance.now();
        return {
          ...request,
          headers: {
            'content-type': 'application/json',
            cookie: context.session?.cookie ?? '',
            'x-csrf-token': context.session?.csrf ?? '',
          },
          path: `/api/cases/${context.caseId}/accept`,
          body: JSON.stringify({ version: context.version, windowId: context.windowId }),
        };
      },
      onResponse: (status, body, raw) => {
        const context = raw as Context;
        const now = performance.now();
        latencies.accept?.push(now - (context.sentAt ?? 0));
        if (status !== 200) return failed('accept', status, body);
        latencies.case?.push(now - (context.caseStartedAt ?? 0));
      },
    },
  ];
}

function progressRequests(): autocannon.Request[] {
  const codes = readFileSync(spec.codesFile as string, 'utf8')
    .split('\n')
    .filter(Boolean);
  return [
    {
      method: 'GET',
      setupRequest: (request, raw) => {
        (raw as Context).sentAt = performance.now();
        return {
          ...request,
          path: `/api/public/progress/${codes[Math.floor(Math.random() * codes.length)]}`,
        };
      },
      onResponse: (status, body, raw) => {
        latencies.request?.push(performance.now() - ((raw as Context).sentAt ?? 0));
        if (status !== 200) failed('progress', status, body);
      },
    },
  ];
}

/** One request a time measured, any status but 200 a failure. */
const answered = (what: string) => (sentAt: number, status: number, body: string) => {
  latencies.request?.push(performance.now() - sentAt);
  if (status !== 200) failed(what, status, body);
};
const requestsOf = {
  intake: intakeRequests,
  progress: progressRequests,
  approve: () => approveRequests(spec, answered('approve')),
  inbox: () => inboxRequests(spec, answered('inbox')),
};
const result = await autocannon({
  url: spec.baseUrl,
  connections: spec.connections,
  duration: spec.seconds,
  requests: requestsOf[spec.mode](),
});
const report =
  spec.mode === 'intake'
    ? {
        cases: figures(latencies.case ?? [], result.duration),
        start: figures(latencies.start ?? [], result.duration),
        accept: figures(latencies.accept ?? [], result.duration),
      }
    : { requests: figures(latencies.request ?? [], result.duration), actionsSent };
process.stdout.write(
  `${JSON.stringify({
    name: spec.name,
    connections: spec.connections,
    seconds: Number(result.duration.toFixed(1)),
    ...report,
    failures,
    socketErrors: result.errors,
    timeouts: result.timeouts,
  })}\n`,
);
