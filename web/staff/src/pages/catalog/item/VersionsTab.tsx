import { Space, Table, type TableColumnsType } from 'antd';
import { useRef, useState } from 'react';
import { useT } from '../../../../../common/locale';
import { formatDateTime } from '../../../components/format';
import { RowButton } from '../../../components/RowActions';
import { commonMessages } from '../../../i18n/commonMessages';
import { StatusTag } from '../CatalogTags';
import type { ItemVersionWithReviews, VersionStatus } from '../types';
import type { useDepartments } from '../useDepartments';
import { VersionCompare } from './VersionCompare';

const messages = {
  ...commonMessages,
  version: ['版本', 'Version'],
  versionN: ['第{n}版', 'Version {n}'],
  name: ['事项名称', 'Item name'],
  updated: ['更新时间', 'Updated'],
  publishedAt: ['发布时间', 'Published'],
  reviews: ['审核记录', 'Reviews'],
  reviewsN: ['{n} 条', '{n}'],
  view: ['查看', 'View'],
  compare: ['比较', 'Compare'],
  viewing: ['正在查看', 'Viewing'],
} as const;

interface VersionsTabProps {
  itemId: string;
  versions: ItemVersionWithReviews[];
  viewed: number;
  onView: (version: number) => void;
  departments: ReturnType<typeof useDepartments>;
}

/** 版本: every version with its state; any one can be viewed, and any two compared field by field. */
export function VersionsTab({ itemId, versions, viewed, onView, departments }: VersionsTabProps) {
  const t = useT(messages);
  const numbers = versions.map((version) => version.version).sort((a, b) => a - b);
  const newest = numbers.at(-1);
  const [pair, setPair] = useState<[number | undefined, number | undefined]>([
    numbers.length > 1 ? numbers.at(-2) : undefined,
    newest,
  ]);
  // With one version the comparison would be empty, so it is offered only once there are two.
  const comparable = numbers.length > 1;
  const compareRef = useRef<HTMLDivElement>(null);
  const compareWith = (version: number) => {
    setPair([previous(numbers, version), version]);
    compareRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const columns: TableColumnsType<ItemVersionWithReviews> = [
    {
      title: t('version'),
      dataIndex: 'version',
      width: 90,
      render: (n: number) => t('versionN').replace('{n}', String(n)),
    },
    { title: t('name'), key: 'name', render: (_, version) => version.content.name },
    {
      title: t('status'),
      dataIndex: 'status',
      width: 190,
      render: (status: VersionStatus) => <StatusTag status={status} />,
    },
    { title: t('updated'), dataIndex: 'updatedAt', width: 170, render: formatDateTime },
    { title: t('publishedAt'), dataIndex: 'publishedAt', width: 170, render: formatDateTime },
    {
      title: t('reviews'),
      key: 'reviews',
      width: 90,
      render: (_, version) => t('reviewsN').replace('{n}', String(version.reviews.length)),
    },
    {
      title: t('actions'),
      key: 'actions',
      width: 150,
      render: (_, version) => (
        <Space size={0}>
          {version.version === viewed ? (
            <span className="table-note">{t('viewing')}</span>
          ) : (
            <RowButton onClick={() => onView(version.version)}>{t('view')}</RowButton>
          )}
          {comparable && version.version > (numbers[0] ?? 0) && (
            <RowButton onClick={() => compareWith(version.version)}>{t('compare')}</RowButton>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Table<ItemVersionWithReviews>
        rowKey="version"
        size="middle"
        columns={columns}
        dataSource={versions}
        pagination={false}
        className="versions-table"
      />
      <div ref={compareRef} />
      {comparable && (
        <VersionCompare
          itemId={itemId}
          versions={numbers}
          from={pair[0]}
          to={pair[1]}
          onChange={(from, to) => setPair([from, to])}
          departments={departments}
        />
      )}
    </>
  );
}

/** The version before `version` among those that exist. */
function previous(numbers: number[], version: number): number | undefined {
  return numbers.filter((n) => n < version).at(-1);
}
