import { chaomingResident } from './intake-people';
import type { Session } from './load-client';

/**
 * One intake, its acceptance and its progress page as the platform answers
 * them: the bare Fastify server (bench/bare-fastify.ts) replies with these, so
 * both serialise the same replies.
 */
export async function recordReplies(
  baseUrl: string,
  session: Session | undefined,
  target: { itemId: string; windowIds: string[]; materialKeys: string[]; formData: Record<string, string> },
  population: number,
) {
  if (!session) throw new Error('no session');
  const headers = {
    'content-type': 'application/json',
    cookie: session.cookie,
    'x-csrf-token': session.csrf,
  };
  const windowId = target.windowIds[0];
  const startResponse = await fetch(`${baseUrl}/api/cases`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      itemId: target.itemId,
      channel: 'window',
      windowId,
      applicant: { kind: 'person', number: chaomingResident(7, population) },
      formData: target.formData,
      materials: target.materialKeys.map((key) => ({ key, state: 'provided' })),
    }),
  });
  const started = (await startResponse.json()) as { id: string; version: number; publicCode: string };
  const acceptResponse = await fetch(`${baseUrl}/api/cases/${started.id}/accept`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ version: started.version, windowId }),
  });
  const accepted = await acceptResponse.json();
  const progress = await (await fetch(`${baseUrl}/api/public/progress/${started.publicCode}`)).json();
  if (!startResponse.ok || !acceptResponse.ok)
    throw new Error(`recording replies: ${JSON.stringify(accepted)}`);
  return { started, accepted, progress };
}
