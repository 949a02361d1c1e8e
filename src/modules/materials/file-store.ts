import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Files addressed by the SHA-256 of their content: the same bytes are kept
 * once, whoever hands them over and however often. The database says what a
 * file is (stored_files) and who it belongs to (materials); this only keeps bytes.
 */
export interface FileStore {
  /** Stores the bytes unless that content is already there; `created` says which. */
  put(bytes: Buffer): Promise<{ sha256: string; created: boolean }>;
  /** The content as a stream; fails with FileMissingError when it is not stored. */
  get(sha256: string): Promise<Readable>;
  has(sha256: string): Promise<boolean>;
  /** Only for the retention function, which first makes sure nothing refers to the file. */
  remove(sha256: string): Promise<void>;
}

export class FileMissingError extends Error {
  constructor(readonly sha256: string) {
    super(`stored file ${sha256} is missing`);
  }
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the whole content and flushes it to disk before the file is renamed into place. */
async function writeDurably(file: string, bytes: Buffer): Promise<void> {
  // Read-only for the owner and group: a stored file is never changed and never executable.
  const handle = await open(file, 'wx', 0o440);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export interface FileStoreOptions {
  /** How a temporary file is written; tests replace it to simulate a crash part-way. */
  writeTemp?: (file: string, bytes: Buffer) => Promise<void>;
}

/** The file system store: <root>/ab/cd/<sha256>, written to <root>/.tmp first and renamed. */
export function createFileStore(root: string, options: FileStoreOptions = {}): FileStore {
  const writeTemp = options.writeTemp ?? writeDurably;
  const tempDir = path.join(root, '.tmp');

  function pathOf(sha256: string): string {
    // Names come from our own hashing, but a path built from a request must never leave the store.
    if (!SHA256_HEX.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async function has(sha256: string): Promise<boolean> {
    try {
      await access(pathOf(sha256));
      return true;
    } catch {
      return false;
    }
  }

  return {
    has,

    async put(bytes) {
      const sha256 = sha256Of(bytes);
      if (await has(sha256)) return { sha256, created: false };
      const target = pathOf(sha256);
      await mkdir(path.dirname(target), { recursive: true, mode: 0o750 });
      await mkdir(tempDir, { recursive: true, mode: 0o750 });
      const temp = path.join(tempDir, `${sha256}.${randomUUID()}`);
      try {
        await writeTemp(temp, bytes);
        // rename() is atomic: a reader sees no file or the whole file, never a part. Two writers
        // of the same content both succeed and leave the same bytes.
        await rename(temp, target);
      } catch (error) {
        await rm(temp, { force: true });
        throw error;
      }
      return { sha256, created: true };
    },

    async get(sha256) {
      if (!(await has(sha256))) throw new FileMissingError(sha256);
      return createReadStream(pathOf(sha256));
    },

    async remove(sha256) {
      await rm(pathOf(sha256), { force: true });
    },
  };
}

/** The store of an installation: DATA_DIR/files. */
export function fileStoreIn(dataDir: string): FileStore {
  return createFileStore(path.join(dataDir, 'files'));
}
