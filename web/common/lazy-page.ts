import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * A screen loaded when first shown (its own chunk, fetched by a dynamic import), from a module
 * that exports it by name: `lazyPage(() => import('./pages/CasePage'), 'CasePage')`.
 * Render it under a <Suspense> that says it is loading.
 */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }));
}

/**
 * After a deployment a page left open asks for screen chunks that are gone (their names are
 * hashes of the old build): Vite reports it as `vite:preloadError`, and the page is reloaded once
 * to get the new build. A second failure within a minute is left to show as an error.
 */
export function reloadWhenChunksAreGone(): void {
  window.addEventListener('vite:preloadError', (event) => {
    const last = Number(sessionStorage.getItem('yici-reloaded-for-chunks') ?? 0);
    if (Date.now() - last < 60_000) return;
    sessionStorage.setItem('yici-reloaded-for-chunks', String(Date.now()));
    event.preventDefault();
    window.location.reload();
  });
}
