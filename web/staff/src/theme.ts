import type { ThemeConfig } from 'antd';

/** Government blue, calm greys, and Chinese system fonts before the Latin fallbacks. */
export const GOV_BLUE = '#1f5fbf';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: GOV_BLUE,
    colorInfo: GOV_BLUE,
    colorLink: GOV_BLUE,
    borderRadius: 6,
    colorBgLayout: '#f2f4f8',
    fontFamily:
      "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { siderBg: '#0f2e63', headerBg: '#ffffff', headerHeight: 60, headerPadding: '0 24px' },
    Menu: {
      darkItemBg: '#0f2e63',
      darkSubMenuItemBg: '#0f2e63',
      darkItemSelectedBg: GOV_BLUE,
      darkGroupTitleColor: 'rgba(255,255,255,0.45)',
    },
    Table: { headerBg: '#f5f7fb' },
  },
};
