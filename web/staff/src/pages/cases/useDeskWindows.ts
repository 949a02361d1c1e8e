import { useEffect, useState } from 'react';
import { hasPermission } from '../../../../../src/shared/roles';
import { get } from '../../../../common/api';
import type { Hall, ServiceWindow } from '../../api/types';
import { useSession } from '../../session/SessionProvider';

export interface DeskWindow {
  id: string;
  label: string;
}

const KEY = 'yici.intakeWindow';

/** The windows of the halls where the clerk may take applications (their case.intake scope). */
export function useDeskWindows(): { windows: DeskWindow[]; loading: boolean } {
  const { user } = useSession();
  const [windows, setWindows] = useState<DeskWindow[]>([]);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    if (!user) return;
    let live = true;
    (async () => {
      const halls = (await get<{ items: Hall[] }>('/api/halls')).items.filter(
        (hall) => hall.active && hasPermission(user.grants, 'case.intake', hall.regionCode),
      );
      const lists = await Promise.all(
        halls.map(async (hall) => {
          const { items } = await get<{ items: ServiceWindow[] }>(`/api/halls/${hall.id}/windows`);
          return items
            .filter((window) => window.active)
            .map((window) => ({ id: window.id, label: `${hall.name} · ${window.number}号 ${window.name}` }));
        }),
      );
      if (live) setWindows(lists.flat());
    })()
      .catch(() => {
        if (live) setWindows([]);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [user]);
  return { windows, loading };
}

/** The window the clerk sat at last time on this computer. */
export function rememberedWindow(): string | undefined {
  try {
    return localStorage.getItem(KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberWindow(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // Private browsing: the clerk picks the window again next time.
  }
}
