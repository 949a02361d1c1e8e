import os from 'node:os';
import { chromium } from 'playwright-core';
import { DEMO_RESIDENT_ID_NUMBER } from '../src/seed/demo-certificates';
import { demoDesk } from '../tests/support/demo-desk';
import { openBenchPlatform } from './bench-platform';
import { signInStaff } from './bench-sessions';
import { CPU_SLOWDOWN, FAST_3G, loadPage, type PageLoad, type PageToLoad } from './page-load';

/**
 * Page loads on a simulated phone (`npm run bench:pages`): the platform started as `npm start`
 * starts it (web apps built as it builds them), a case started at the window for 张秀英 so its
 * receipt's progress page /t/<code> has something to show, and her ID card's check page /v/<token>.
 * Each page is loaded BENCH_RUNS times (5) cold, each time in a new browser context (empty cache,
 * new connections), then once more warm in the same context, in headless Chromium with Fast 3G and
 * the CPU slowed four times (bench/page-load.ts). Prints the medians as a Markdown table.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** BENCH_PAGES=t,login: only the pages whose names hold one of these words. */
const ONLY = process.env.BENCH_PAGES?.split(',');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const world = await openBenchPlatform('pages');
const platform = await world.start();
const base = platform.baseUrl;

async function startCase(): Promise<{ caseNumber: string; publicCode: string }> {
  const [clerk] = await signInStaff(base, ['clerk']);
  if (!clerk) throw new Error('no clerk session');
  const { itemId, windowId } = await demoDesk(world.db);
  const response = await fetch(`${base}/api/cases`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: clerk.cookie,
      'x-csrf-token': clerk.csrf,
      'idempotency-key': crypto.randomUUID(),
    },
    body: JSON.stringify({
      itemId,
      windowId,
      applicant: { kind: 'person', number: DEMO_RESIDENT_ID_NUMBER },
      materials: [{ key: 'identity_proof', state: 'provided' }],
    }),
  });
  if (response.status !== 201) throw new Error(`case: ${response.status} ${await response.text()}`);
  return (await response.json()) as { caseNumber: string; publicCode: string };
}

const started = await startCase();
const certificate = await world.db
  .selectFrom('certificates')
  .select('verify_token')
  .where('holder_number', '=', DEMO_RESIDENT_ID_NUMBER)
  .executeTakeFirstOrThrow();

const has = (text: string) => ({ selector: 'body', text });
const pages: (PageToLoad & { name: string })[] = [
  {
    name: '`/t/<code>` progress page (phone)',
    url: `${base}/t/${started.publicCode}`,
    ready: has(started.caseNumber),
    viewport: PHONE,
  },
  {
    name: '`/v/<token>` certificate check (phone)',
    url: `${base}/v/${certificate.verify_token}`,
    ready: has('该证照有效'),
    viewport: PHONE,
  },
  {
    name: '`/login` staff sign-in',
    url: `${base}/login`,
    ready: { selector: 'button[type="submit"]', text: '登录' },
    viewport: DESKTOP,
  },
  {
    name: '`/m/` resident home (phone)',
    url: `${base}/m/`,
    ready: has('热门事项'),
    viewport: PHONE,
  },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};
const ms = (value: number) => Math.round(value).toLocaleString('en-US');
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
});
const rows: string[] = [];
try {
  for (const target of pages.filter((page) => !ONLY || ONLY.some((word) => page.name.includes(word)))) {
    const cold: PageLoad[] = [];
    for (let run = 0; run < RUNS; run++) cold.push(await loadPage(browser, target));
    const warm = await loadPage(browser, target, true);
    const of = (pick: (load: PageLoad) => number) => ms(median(cold.map(pick)));
    rows.push(
      `| ${target.name} | ${of((l) => l.firstContentfulPaint ?? Number.NaN)} | ${of((l) => l.domContentLoaded)} | ` +
        `**${of((l) => l.load)}** | **${of((l) => l.contentShown)}** | ${ms(Math.min(...cold.map((l) => l.contentShown)))}–${ms(Math.max(...cold.map((l) => l.contentShown)))} | ` +
        `${kb(median(cold.map((l) => l.bytes)))} KB in ${median(cold.map((l) => l.requests))} | ` +
        `${kb(median(cold.map((l) => l.bytesWhenIdle)))} KB | ` +
        `${ms(warm.load)} / ${ms(warm.contentShown)} | ${kb(warm.bytes)} KB in ${warm.requests} |`,
    );
    if (process.env.BENCH_VERBOSE) {
      for (const response of cold[0]?.responses ?? []) {
        console.log(`  ${kb(response.bytes).padStart(8)} KB ${response.encoding.padEnd(4)} ${response.url}`);
      }
    }
  }
} finally {
  await browser.close();
  await world.stop();
}

const [load1] = os.loadavg();
console.log(
  `\n${new Date().toISOString()} · ${os.cpus().length} × ${os.cpus()[0]?.model} · Node.js ${process.version} · ` +
    `Chromium via playwright-core · ${RUNS} cold runs per page · load average ${load1?.toFixed(1)} at the end\n` +
    `Network: latency ${FAST_3G.latency} ms, down ${kb(FAST_3G.downloadThroughput)} KB/s, up ${kb(FAST_3G.uploadThroughput)} KB/s; CPU slowed ${CPU_SLOWDOWN}×\n`,
);
console.log(
  '| page | FCP ms | DOMContentLoaded ms | load ms | content shown ms | content shown, min–max | cold: transferred until shown, requests | cold: transferred when idle | warm: load / content ms | warm: transferred until shown, requests |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const row of rows) console.log(row);
