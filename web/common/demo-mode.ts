import { useEffect, useState } from 'react';
import { get } from './api';

let demoMode: Promise<boolean> | null = null;

/** Whether this installation carries the demo data (from /api/health), so demo hints show only there. */
export function useDemoMode(): boolean {
  const [value, setValue] = useState(false);
  useEffect(() => {
    demoMode ??= get<{ demoMode: boolean }>('/api/health')
      .then((health) => health.demoMode)
      .catch(() => false);
    let live = true;
    demoMode.then((result) => live && setValue(result));
    return () => {
      live = false;
    };
  }, []);
  return value;
}
