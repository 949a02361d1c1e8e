import { DEMO_PASSWORD } from '../src/seed/demo-district';
import type { Session } from './load-client';

/**
 * Staff sessions for a bench's load generator: each account signs in over
 * HTTP as a person would. Sign-in is limited per address, so each one comes
 * from its own forwarded address (the bench starts the platform with TRUST_PROXY=loopback).
 */
export async function signInStaff(baseUrl: string, usernames: readonly string[]): Promise<Session[]> {
  const sessions: Session[] = [];
  for (const [index, username] of usernames.entries()) {
    const response = await fetch(`${baseUrl}/api/auth/staff/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`,
      },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`sign-in of ${username}: ${response.status} ${await response.text()}`);
    const body = (await response.json()) as { csrfToken: string };
    sessions.push({
      cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
      csrf: body.csrfToken,
    });
  }
  return sessions;
}
