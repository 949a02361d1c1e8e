import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/zh-cn';
import { useEffect } from 'react';
import { BrowserRouter } from 'react-router-dom';
import { useLocale } from '../../common/locale';
import { AppRoutes } from './AppRoutes';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SessionProvider } from './session/SessionProvider';
import { theme } from './theme';

export function App() {
  const locale = useLocale();
  const english = locale === 'en-US';
  dayjs.locale(english ? 'en' : 'zh-cn');
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    // autoInsertSpace off: antd would render 登录 as "登 录", which reads oddly and breaks exact label matches.
    <ConfigProvider locale={english ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntdApp>
        <ErrorBoundary>
          <SessionProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </SessionProvider>
        </ErrorBoundary>
      </AntdApp>
    </ConfigProvider>
  );
}
