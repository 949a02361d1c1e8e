import { Tag } from 'antd';
import type { HandlingKind } from '../../../../../src/shared/catalog-terms';
import { useCatalogTerms } from '../../i18n/catalogTerms';
import type { VersionStatus } from './types';

/** Grey while being written, blue and purple through review, green once published. */
export const STATUS_COLORS: Record<VersionStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  first_checked: 'geekblue',
  joint_reviewed: 'purple',
  published: 'success',
  superseded: 'default',
};

export function StatusTag({ status }: { status: VersionStatus }) {
  const terms = useCatalogTerms();
  return (
    <Tag color={STATUS_COLORS[status]} variant={status === 'superseded' ? 'outlined' : undefined}>
      {terms.label('status', status)}
    </Tag>
  );
}

/** 即办件 (done at the window) in green, 承诺件 (done within the promised days) in orange. */
export function HandlingKindTag({ kind }: { kind: string }) {
  const terms = useCatalogTerms();
  return (
    <Tag color={kind === 'on_the_spot' ? 'green' : 'orange'}>
      {terms.label('handlingKind', kind as HandlingKind)}
    </Tag>
  );
}
