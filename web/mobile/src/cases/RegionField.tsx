import { Cascader, type CascaderOption } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useT } from '../../../common/locale';
import { useLoaded } from '../catalog/useLoaded';
import styles from './Delivery.module.css';
import { loadRegions, type RegionItem } from './delivery';

const messages = {
  placeholder: ['点这里选择区、街道、社区', 'Tap to choose district, street, community'],
  title: ['选择所在社区', 'Choose the community'],
  confirm: ['确定', 'OK'],
  cancel: ['取消', 'Cancel'],
} as const;

function optionsOf(regions: readonly RegionItem[]): CascaderOption[] {
  const childrenOf = (parent: string | null): CascaderOption[] =>
    regions
      .filter((region) => region.parentCode === parent)
      .map((region) => {
        const children = childrenOf(region.code);
        return { label: region.name, value: region.code, ...(children.length > 0 ? { children } : {}) };
      });
  return childrenOf(null);
}

/** 330103004001 -> [330103, 330103004, 330103004001]: the codes from the district down. */
const pathOf = (code: string) =>
  [6, 9, 12].filter((length) => length <= code.length).map((n) => code.slice(0, n));

/**
 * The community of an address, picked district → street → community in large
 * lists; the form gets the community's code.
 */
export function RegionField({ value, onChange }: { value?: string; onChange?: (code: string) => void }) {
  const t = useT(messages);
  const { data } = useLoaded(loadRegions, 'regions');
  const [open, setOpen] = useState(false);
  const options = useMemo(() => optionsOf(data ?? []), [data]);
  const names = value
    ? pathOf(value)
        .map((code) => data?.find((region) => region.code === code)?.name ?? '')
        .join(' ')
    : '';
  return (
    <>
      <button type="button" className={styles.regionButton} onClick={() => setOpen(true)}>
        {names || <span className={styles.placeholder}>{t('placeholder')}</span>}
      </button>
      <Cascader
        options={options}
        visible={open}
        title={t('title')}
        confirmText={t('confirm')}
        cancelText={t('cancel')}
        value={value ? pathOf(value) : []}
        onClose={() => setOpen(false)}
        onConfirm={(path) => {
          const code = path[path.length - 1];
          if (code) onChange?.(String(code));
        }}
      />
    </>
  );
}
