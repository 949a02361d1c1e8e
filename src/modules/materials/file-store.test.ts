import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pngImage } from '../../../tests/support/file-fixtures';
import { createFileStore, FileMissingError, sha256Of } from './file-store';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'yici-store-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every file under the store, as paths relative to its root. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

describe('content-addressed file store', () => {
  it('keeps a file at ab/cd/<sha256>, read-only and not executable', async () => {
    const store = createFileStore(root);
    const bytes = pngImage();
    const { sha256, created } = await store.put(bytes);
    expect(created).toBe(true);
    expect(sha256).toBe(sha256Of(bytes));
    const expected = path.join(sha256.slice(0, 2), sha256.slice(2, 4), sha256);
    expect(await filesUnder(root)).toEqual([expected]);
    expect(await readFile(path.join(root, expected))).toEqual(bytes);
    expect((await stat(path.join(root, expected))).mode & 0o777).toBe(0o440);
    expect(await readAll(await store.get(sha256))).toEqual(bytes);
  });

  it('stores the same content once however often it is put', async () => {
    const writes: string[] = [];
    const store = createFileStore(root, {
      writeTemp: async (file, bytes) => {
        writes.push(file);
        await writeFile(file, bytes, { mode: 0o440 });
      },
    });
    const bytes = pngImage(8, 8, [1, 2, 3]);
    const first = await store.put(bytes);
    const again = await store.put(Buffer.from(bytes));
    expect(again).toEqual({ sha256: first.sha256, created: false });
    expect(writes).toHaveLength(1);
    await store.put(pngImage(8, 8, [3, 2, 1]));
    expect(await filesUnder(root)).toHaveLength(2);
  });

  it('leaves nothing behind when a write fails part-way, and a retry stores the whole file', async () => {
    const bytes = pngImage(64, 64);
    const crashing = createFileStore(root, {
      writeTemp: async (file, content) => {
        await writeFile(file, content.subarray(0, content.length / 2));
        throw new Error('disk full');
      },
    });
    await expect(crashing.put(bytes)).rejects.toThrow('disk full');
    expect(await crashing.has(sha256Of(bytes))).toBe(false);
    expect(await filesUnder(root)).toEqual([]);

    const store = createFileStore(root);
    const { sha256 } = await store.put(bytes);
    expect(await readAll(await store.get(sha256))).toEqual(bytes);
  });

  it('lets two simultaneous writers of the same content both succeed with one file', async () => {
    const store = createFileStore(root);
    const bytes = pngImage(32, 32);
    const results = await Promise.all([store.put(bytes), store.put(bytes), store.put(bytes)]);
    expect(new Set(results.map((result) => result.sha256)).size).toBe(1);
    expect(await filesUnder(root)).toHaveLength(1);
    expect(await readAll(await store.get(sha256Of(bytes)))).toEqual(bytes);
  });

  it('says when a file is missing and never builds a path from anything but a hash', async () => {
    const store = createFileStore(root);
    const absent = sha256Of(Buffer.from('absent'));
    await expect(store.get(absent)).rejects.toBeInstanceOf(FileMissingError);
    await expect(store.has('../../etc/passwd')).resolves.toBe(false);
    await expect(store.get('../../etc/passwd')).rejects.toThrow();
  });

  it('removes a file only when asked', async () => {
    const store = createFileStore(root);
    const { sha256 } = await store.put(pngImage());
    await store.remove(sha256);
    expect(await store.has(sha256)).toBe(false);
  });
});
