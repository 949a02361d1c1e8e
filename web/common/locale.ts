import { useSyncExternalStore } from 'react';

/**
 * The UI language: Chinese by default, English on request; remembered in
 * localStorage and shared by every component through useLocale().
 */
export type Locale = 'zh-CN' | 'en-US';
const KEY = 'yici.locale';
const listeners = new Set<() => void>();

function read(): Locale {
  try {
    return localStorage.getItem(KEY) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

let current: Locale = read();

export function setLocale(locale: Locale): void {
  current = locale;
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

export function useLocale(): Locale {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/**
 * A translator over a dictionary whose entries are [Chinese, English].
 * Usage: const t = useT(messages); t('signIn')
 */
export function useT<K extends string>(messages: Record<K, readonly [string, string]>) {
  const locale = useLocale();
  return (key: K): string => messages[key][locale === 'en-US' ? 1 : 0];
}
