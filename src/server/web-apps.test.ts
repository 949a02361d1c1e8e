import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUpTestApp } from '../../tests/support/test-app';
import { WEB_DIST } from './web-apps';

// Like the e2e journeys, these read the built apps (`npm test` builds them first); building here
// would swap the files under journeys running beside this file.
beforeAll(() => {
  if (!existsSync(path.join(WEB_DIST, 'mobile', '.vite', 'track.json'))) {
    throw new Error('dist/web is not built (or built before its pages were split): run npm run build:web');
  }
});
const t = setUpTestApp();

const YEAR = 'public, max-age=31536000, immutable';

/** The files a page's HTML makes the browser fetch at once: its script, modulepreloads and styles. */
function assetsOf(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="(\/(?:m\/)?assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
}

/** What one build of an app wrote (Vite's manifest): each chunk's file, its imports, its lazy imports. */
interface Manifest {
  [key: string]: { file: string; isEntry?: boolean; dynamicImports?: string[]; css?: string[] };
}
const manifestOf = (app: string, page: string): Manifest =>
  JSON.parse(readFileSync(path.join(WEB_DIST, app, '.vite', `${page}.json`), 'utf8'));
const fileOf = (app: string, url: string) => path.join(WEB_DIST, app, url.replace(/^\/(m\/)?/, ''));

async function page(url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip' } });
  expect(response.statusCode, url).toBe(200);
  expect(response.headers['content-type']).toContain('text/html');
  const body =
    response.headers['content-encoding'] === 'br'
      ? brotliDecompressSync(response.rawPayload)
      : response.rawPayload;
  return { response, html: body.toString('utf8') };
}

describe('serving the web apps', () => {
  it('sends a hashed script compressed as the browser accepts it, cached for a year', async () => {
    const { html } = await page('/m/');
    const script = assetsOf(html).find((url) => url.endsWith('.js'));
    if (!script) throw new Error(`no script in ${html}`);
    const original = readFileSync(fileOf('mobile', script));
    const get = (acceptEncoding?: string) =>
      t.app.inject({
        method: 'GET',
        url: script,
        headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {},
      });

    const brotli = await get('gzip, deflate, br');
    expect(brotli.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': YEAR });
    expect(brotli.headers.vary).toContain('accept-encoding');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.rawPayload.length).toBeLessThan(original.length / 2);
    expect(brotliDecompressSync(brotli.rawPayload).equals(original)).toBe(true);

    const gzip = await get('gzip');
    expect(gzip.headers).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': YEAR });
    expect(gunzipSync(gzip.rawPayload).equals(original)).toBe(true);

    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers).toMatchObject({ 'cache-control': YEAR });
    expect(plain.headers.vary).toContain('accept-encoding');
    expect(plain.rawPayload.equals(original)).toBe(true);

    const style = assetsOf(html).find((url) => url.endsWith('.css')) ?? '';
    const css = await t.app.inject({ method: 'GET', url: style, headers: { 'accept-encoding': 'br' } });
    expect(css.headers).toMatchObject({ 'content-encoding': 'br', 'cache-control': YEAR });
  });

  it('has every page revalidated, so a new build is seen at once', async () => {
    for (const url of ['/', '/login', '/cases/123', '/m/', '/m/progress', '/t/Abc123', '/v/Xyz789']) {
      const { response } = await page(url);
      expect(response.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('serves neither the build records nor the compressed copies by name', async () => {
    for (const url of ['/m/.vite/index.json', '/.vite/index.json', '/m/.vite/track.json']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
    const { html } = await page('/m/');
    const script = assetsOf(html).find((url) => url.endsWith('.js'));
    expect((await t.app.inject({ method: 'GET', url: `${script}.br` })).statusCode).toBe(404);
  });

  it('gives /t/ and /v/ their own pages that fetch the one reply they show beside the script', async () => {
    const progress = await page('/t/Abc_123-x');
    expect(progress.response.headers.link).toBe(
      '</api/public/progress/Abc_123-x>; rel=preload; as=fetch; crossorigin',
    );
    const check = await page('/v/Xyz789');
    expect(check.response.headers.link).toBe(
      '</api/public/certificates/Xyz789>; rel=preload; as=fetch; crossorigin',
    );
    expect((await page('/t/a%3Eb')).response.headers.link).toBeUndefined();
  });

  it('loads on /t/ only the progress page: none of the app, in few compressed bytes', async () => {
    const { html } = await page('/t/Abc123');
    const loaded = assetsOf(html);
    const app = manifestOf('mobile', 'index');
    const appFiles = new Set(Object.values(app).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]));
    expect(loaded.filter((url) => appFiles.has(url.replace('/m/', '')))).toEqual([]);
    // Nor any of the app's code: its route table and its sign-in page are not in what /t/ loads.
    const scripts = loaded.filter((url) => url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((url) => readFileSync(fileOf('mobile', url), 'utf8')).join('\n');
    expect(code).not.toContain('corrections/:correctionId');
    expect(code).not.toContain('获取验证码');
    // One script and one style sheet: one round of requests after the page on a slow network.
    expect(loaded.length).toBeLessThanOrEqual(2);
    const bytes = loaded.reduce((sum, url) => sum + statSync(`${fileOf('mobile', url)}.br`).size, 0);
    expect(bytes).toBeLessThan(90 * 1024);
  });

  it('loads on the staff sign-in page none of the screens behind it', async () => {
    const { html } = await page('/login');
    const staff = manifestOf('staff', 'index');
    const entry = Object.values(staff).find((chunk) => chunk.isEntry);
    const screens = (entry?.dynamicImports ?? []).map((key) => staff[key]?.file);
    expect(screens.length).toBeGreaterThanOrEqual(30);
    const loaded = assetsOf(html).map((url) => url.replace(/^\//, ''));
    expect(loaded).toContain(entry?.file);
    expect(loaded.filter((file) => screens.includes(file))).toEqual([]);
  });
});
