import type { TablePaginationConfig } from 'antd';
import { useState } from 'react';
import { useT } from '../../../common/locale';
import { commonMessages } from '../i18n/commonMessages';

/** The 共 {n} 条 line under a table. */
function useShowTotal(): (total: number) => string {
  const t = useT(commonMessages);
  return (total) => t('totalOf').replace('{n}', String(total));
}

/** Paging of a list loaded whole, hidden while it fits on one page. */
export function useListPagination(pageSize: number): TablePaginationConfig {
  const showTotal = useShowTotal();
  return { pageSize, showTotal, hideOnSinglePage: true };
}

/** Paging done by the server: which page to ask for, and the table's pager for the reply. */
export function useServerPaging(initialPageSize: number) {
  const showTotal = useShowTotal();
  const [paging, setPaging] = useState({ page: 1, pageSize: initialPageSize });
  return {
    /** `page` and `pageSize` for the request's query. */
    paging,
    /** New filters start again from page 1. */
    toFirstPage: () => setPaging((current) => ({ ...current, page: 1 })),
    pagination: (total: number | undefined): TablePaginationConfig => ({
      current: paging.page,
      pageSize: paging.pageSize,
      total: total ?? 0,
      showTotal,
      onChange: (page, pageSize) => setPaging({ page, pageSize }),
    }),
  };
}
