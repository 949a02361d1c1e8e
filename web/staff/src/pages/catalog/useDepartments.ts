import { useMemo } from 'react';
import type { Department, Items } from '../../api/types';
import { useApi } from '../../api/useApi';

/** The departments the user can see, looked up by id (items name their departments by id). */
export function useDepartments() {
  const { data, loading } = useApi<Items<Department>>('/api/departments');
  return useMemo(() => {
    const all = data?.items ?? [];
    const byId = new Map(all.map((department) => [department.id, department]));
    return {
      all,
      active: all.filter((department) => department.active),
      loading,
      byId: (id: string | null | undefined) => (id ? byId.get(id) : undefined),
      nameOf: (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? id) : '—'),
    };
  }, [data, loading]);
}
