import type { Browser, CDPSession } from 'playwright-core';

/**
 * One page load in headless Chromium on a simulated phone network: Chrome DevTools' (and
 * Lighthouse's) "Fast 3G" — 562.5 ms latency per request, 1.6 Mbit/s × 0.9 down, 750 kbit/s × 0.9
 * up — and the CPU slowed four times, both through the page's CDP session.
 */
export const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
/** BENCH_CPU=1: the CPU as it is, to tell the network's share from the CPU's. */
export const CPU_SLOWDOWN = Number(process.env.BENCH_CPU ?? 4);

export interface PageLoad {
  /** From the start of navigation, in ms. */
  domContentLoaded: number;
  load: number;
  firstContentfulPaint: number | null;
  /** The first animation frame at which the page's own content (`ready`) is in the document. */
  contentShown: number;
  /** Bytes on the wire (headers and bodies, as received) and requests, until the content was shown. */
  bytes: number;
  requests: number;
  /** The same once the network is idle (the apps then fetch their other screens in the background). */
  bytesWhenIdle: number;
  /** Each response: its URL, bytes on the wire and Content-Encoding. */
  responses: { url: string; bytes: number; encoding: string }[];
}

export interface PageToLoad {
  url: string;
  /** The page shows what it is for once an element matching `selector` holds `text`. */
  ready: { selector: string; text: string };
  viewport: { width: number; height: number };
}

/** The little of the page's DOM the predicate reads (the bench compiles without the DOM's types). */
interface InPage {
  document: { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };
}

async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
}

/** Counts what the network delivered to the page, per request. */
function recordResponses(cdp: CDPSession): PageLoad['responses'] {
  const responses: PageLoad['responses'] = [];
  const seen = new Map<string, { url: string; encoding: string }>();
  cdp.on('Network.responseReceived', (event) => {
    const headers = Object.fromEntries(
      Object.entries(event.response.headers).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    seen.set(event.requestId, { url: event.response.url, encoding: headers['content-encoding'] ?? '' });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const response = seen.get(event.requestId);
    if (response) responses.push({ ...response, bytes: event.encodedDataLength });
  });
  return responses;
}

const TIMINGS = `(async () => {
  const navigation = performance.getEntriesByType('navigation')[0];
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  return {
    domContentLoaded: navigation.domContentLoadedEventEnd,
    load: navigation.loadEventEnd,
    firstContentfulPaint: paint ? paint.startTime : null,
  };
})()`;

/**
 * Loads `page.url` in `context`'s browser: a new browser context is a cold cache and new
 * connections. With `again`, the same page is then loaded a second time in that context
 * (the warm load a returning visitor gets), and that load is what is returned.
 */
export async function loadPage(browser: Browser, target: PageToLoad, again = false): Promise<PageLoad> {
  const context = await browser.newContext({
    viewport: target.viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    const responses = recordResponses(cdp);
    const visit = async () => {
      await page.goto(target.url, { waitUntil: 'load' });
      const shown = await page.waitForFunction(
        ({ selector, text }) =>
          Array.from((globalThis as unknown as InPage).document.querySelectorAll(selector)).some((element) =>
            element.textContent?.includes(text),
          ) && performance.now(),
        target.ready,
        { polling: 'raf' },
      );
      return (await shown.jsonValue()) as number;
    };
    let contentShown = await visit();
    if (again) {
      await page.waitForLoadState('networkidle');
      responses.length = 0;
      contentShown = await visit();
    }
    const untilShown = responses.slice();
    await page.waitForLoadState('networkidle');
    const timings = (await page.evaluate(TIMINGS)) as Pick<
      PageLoad,
      'domContentLoaded' | 'load' | 'firstContentfulPaint'
    >;
    const sum = (list: PageLoad['responses']) => list.reduce((total, response) => total + response.bytes, 0);
    return {
      ...timings,
      contentShown,
      bytes: sum(untilShown),
      requests: untilShown.length,
      bytesWhenIdle: sum(responses),
      responses: untilShown,
    };
  } finally {
    await context.close();
  }
}
