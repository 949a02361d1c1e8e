import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../../../common/locale';

const messages = {
  title: ['页面出了点问题', 'Something went wrong on this page'],
  subTitle: [
    '请刷新页面重试；如果问题持续出现，请联系系统管理员。',
    'Please reload the page. If it keeps happening, contact your administrator.',
  ],
  reload: ['重新加载', 'Reload'],
} as const;

function CrashNotice() {
  const t = useT(messages);
  return (
    <Result
      status="500"
      title={t('title')}
      subTitle={t('subTitle')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>
      }
    />
  );
}

/** Turns a rendering crash into a friendly notice instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  render() {
    return this.state.failed ? <CrashNotice /> : this.props.children;
  }
}
