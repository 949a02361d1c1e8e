import { type TableColumnsType, type TableColumnType, Tag } from 'antd';
import type { RegionLevel } from '../../../../src/shared/region-code';
import { REGION_LEVEL_COLORS } from '../i18n/useLabels';
import { ActiveTag } from './ActiveTag';

/** 状态: 启用 or 已停用. */
export function activeColumn<Row extends { active: boolean }>(
  title: string,
  width: number,
): TableColumnType<Row> {
  return { title, dataIndex: 'active', width, render: (active: boolean) => <ActiveTag active={active} /> };
}

/** 层级 as a tag in the level's colour; `label` names the level (区（县）, 区级大厅, …). */
export function regionLevelColumn<Row extends { level: RegionLevel }>(
  title: string,
  width: number,
  label: (level: RegionLevel) => string,
): TableColumnType<Row> {
  return {
    title,
    dataIndex: 'level',
    width,
    render: (level: RegionLevel) => <Tag color={REGION_LEVEL_COLORS[level]}>{label(level)}</Tag>,
  };
}

/** Read-only users get no empty 操作 column. */
export function withActionsIf<Row>(
  canManage: boolean,
  columns: TableColumnsType<Row>,
): TableColumnsType<Row> {
  return canManage ? columns : columns.filter((column) => column.key !== 'actions');
}
