// Owns the look: a calm government blue, system fonts (no web fonts: the CSP allows none remote).
import type { ThemeConfig } from 'antd';

export const BIRU = '#1f4e8c';
export const BIRU_TUA = '#0f2a4d';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BIRU,
    colorLink: BIRU,
    borderRadius: 6,
    fontFamily: "'Segoe UI', 'Noto Sans', Roboto, 'Helvetica Neue', Arial, sans-serif",
    fontSize: 14,
  },
  components: {
    Layout: { siderBg: BIRU_TUA, headerBg: '#ffffff', headerPadding: '0 24px', bodyBg: '#f3f5f8' },
    Menu: { darkItemBg: BIRU_TUA, darkSubMenuItemBg: BIRU_TUA, darkItemSelectedBg: BIRU },
  },
};
