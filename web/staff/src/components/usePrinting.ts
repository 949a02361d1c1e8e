import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page is being printed, for layouts that choose their columns by
 * screen width in script (antd Descriptions, Steps) and so would print the
 * desktop layout on A4. The browser takes its print snapshot right after
 * beforeprint, so the change is rendered synchronously.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    const query = window.matchMedia('print');
    const set = (value: boolean) => flushSync(() => setPrinting(value));
    const before = () => set(true);
    const after = () => set(false);
    const change = (event: MediaQueryListEvent) => set(event.matches);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    query.addEventListener('change', change);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      query.removeEventListener('change', change);
    };
  }, []);
  return printing;
}
