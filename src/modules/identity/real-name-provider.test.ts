import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadRealNameProvider } from './real-name-provider';

const folder = await mkdtemp(path.join(tmpdir(), 'yici-real-name-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

async function adapter(name: string, source: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, source);
  return file;
}

describe('REAL_NAME_PROVIDER', () => {
  it('is none by default: no provider', async () => {
    expect(await loadRealNameProvider('none')).toBeNull();
  });

  it('loads the adapter module it names, handing it the environment', async () => {
    const file = await adapter(
      'province.mjs',
      `export function createRealNameProvider(env) {
         return { name: env.PROVINCE_NAME, check: async () => ({ outcome: 'match', reference: 'r-1' }) };
       }`,
    );
    const provider = await loadRealNameProvider(file, { PROVINCE_NAME: 'zj-identity' });
    expect(provider?.name).toBe('zj-identity');
    await expect(provider?.check({ name: '张三', idNumber: 'x', phone: '13900000000' })).resolves.toEqual({
      outcome: 'match',
      reference: 'r-1',
    });
  });

  it('refuses a module without createRealNameProvider, saying what it must export', async () => {
    const file = await adapter('wrong.mjs', 'export const nothing = 1;');
    await expect(loadRealNameProvider(file)).rejects.toThrow(/createRealNameProvider/);
  });
});
