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
