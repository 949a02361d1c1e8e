import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

/**
 * A screen loaded when first shown (its own chunk, fetched by a dynamic import), from a module
 * that exports it by name: `lazyPage(() => import('./pages/CasePage'), 'CasePage')`.
 * Render it under a <Suspense> that says it is loading.
 */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  loaders.push(load);
  return lazy(async () => ({ default: (await load())[name] }));
}

interface Connection {
  saveData?: boolean;
}

/**
 * Once the first screen is up and the browser is idle, fetches the other screens' chunks in the
 * background, so a tap opens the next screen at once; not when the user asked to save data.
 */
export function prefetchPages(): void {
  if ((navigator as Navigator & { connection?: Connection }).connection?.saveData) return;
  const fetchAll = () => {
    for (const load of loaders) load().catch(() => null);
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(fetchAll, { timeout: 5000 });
  else setTimeout(fetchAll, 2000);
}

/**
 * After a deployment a page left open asks for screen chunks that are gone (their names are
 * hashes of the old build): Vite reports it as `vite:preloadError`, and the page is reloaded once
 * to get the new build. Not when offline (the reload would fail too), and a second failure within
 * a minute is left to show as an error.
 */
export function reloadWhenChunksAreGone(): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (!navigator.onLine) return;
    const last = Number(sessionStorage.getItem('yici-reloaded-for-chunks') ?? 0);
    if (Date.now() - last < 60_000) return;
    sessionStorage.setItem('yici-reloaded-for-chunks', String(Date.now()));
    event.preventDefault();
    window.location.reload();
  });
}
