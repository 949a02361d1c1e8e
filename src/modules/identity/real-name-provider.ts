import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A real-name verification provider: the province's identity service (or a
 * carrier's three-factor check) behind one method. The platform asks it only
 * about a phone it has already proven by a sign-in code, so a match means the
 * person named holds that phone. A provider that checks name and number alone
 * (two factors) must not be plugged in: anyone who knows both would pass.
 */
export interface RealNameClaim {
  name: string;
  idNumber: string;
  /** The signing-in phone, proven by a one-time code. */
  phone: string;
}

export type RealNameAnswer =
  /** The service confirms the phone is registered to this name and number. */
  | { outcome: 'match'; reference: string }
  /** The service knows better: the three do not belong together. */
  | { outcome: 'no_match'; reference: string | null };

export interface RealNameProvider {
  /** Recorded with every verification it gives (identity_verifications.provider). */
  readonly name: string;
  /** Rejects when the service cannot answer; the link is then made unverified and may be retried. */
  check(claim: RealNameClaim): Promise<RealNameAnswer>;
}

/**
 * An adapter is a module whose `createRealNameProvider(env)` returns a
 * RealNameProvider (decision 0024); REAL_NAME_PROVIDER names its file, or
 * `none` (the default) for no provider.
 */
export type RealNameAdapterModule = {
  createRealNameProvider(env: NodeJS.ProcessEnv): RealNameProvider | Promise<RealNameProvider>;
};

export async function loadRealNameProvider(
  setting: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RealNameProvider | null> {
  if (setting === 'none') return null;
  const adapter = (await import(pathToFileURL(path.resolve(setting)).href)) as Partial<RealNameAdapterModule>;
  if (typeof adapter.createRealNameProvider !== 'function') {
    throw new Error(
      `REAL_NAME_PROVIDER ${setting} 没有导出 createRealNameProvider (the adapter must export createRealNameProvider(env))`,
    );
  }
  return await adapter.createRealNameProvider(env);
}
