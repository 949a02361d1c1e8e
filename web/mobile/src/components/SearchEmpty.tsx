import { Button } from 'antd-mobile';
import { useT } from '../../../common/locale';
import styles from './SearchEmpty.module.css';
import { StatusBlock } from './StatusBlock';

const messages = {
  title: ['没有找到相关事项', 'Nothing found'],
  tip: [
    '试试换成两个字的词，如：老年、出生、低保',
    'Try a shorter word, e.g. 老年 (elderly), 出生 (birth), 低保 (basic allowance)',
  ],
  clearFilters: ['取消筛选条件再找', 'Search without the filters'],
} as const;

/** Two-character words the search understands well; tapping one searches it. */
const SUGGESTIONS = ['老年', '出生', '低保'];

interface SearchEmptyProps {
  onSearch: (word: string) => void;
  /** Shown when filters may be what hides the results. */
  onClearFilters?: () => void;
}

export function SearchEmpty({ onSearch, onClearFilters }: SearchEmptyProps) {
  const t = useT(messages);
  return (
    <StatusBlock title={t('title')} description={t('tip')}>
      <div className={styles.words}>
        {SUGGESTIONS.map((word) => (
          <Button key={word} shape="rounded" color="primary" fill="outline" onClick={() => onSearch(word)}>
            {word}
          </Button>
        ))}
      </div>
      {onClearFilters && (
        <Button block size="large" fill="none" color="primary" onClick={onClearFilters}>
          {t('clearFilters')}
        </Button>
      )}
    </StatusBlock>
  );
}
