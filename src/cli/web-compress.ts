import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Pre-compressed copies of a built web app's text files: `x.js.br` (brotli at its highest
 * quality) and `x.js.gz` (gzip level 9) beside `x.js`, made once at build time so the server
 * spends nothing per request (@fastify/static's `preCompressed` picks the copy the browser
 * accepts). Files under 1 KiB are left alone: a compressed copy would save less than a packet.
 */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.txt', '.map']);
const SMALLEST = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function textFilesIn(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue; // the build's own records (.vite/manifest.json), never served
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await textFilesIn(full)));
    else if (COMPRESSIBLE.has(path.extname(entry.name))) files.push(full);
  }
  return files;
}

export async function compressBuiltApp(dir: string): Promise<void> {
  const files = await textFilesIn(dir);
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      if (content.length < SMALLEST) return;
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipped(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    }),
  );
}
