import { Tag } from 'antd';
import type { HandlingKind, LifeTheme } from '../../../../../src/shared/catalog-terms';
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

/** An item's life-event themes (出生, 上学, 身后事 …), small and quiet beside its name. */
export function ThemeTags({ themes }: { themes: readonly string[] }) {
  const terms = useCatalogTerms();
  if (themes.length === 0) return null;
  return (
    <div className="theme-tags">
      {themes.map((theme) => (
        <Tag key={theme} color="cyan" variant="outlined">
          {terms.label('theme', theme as LifeTheme)}
        </Tag>
      ))}
    </div>
  );
}
