import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../../../../common/locale';
import { PageSection } from '../../components/PageSection';
import { AssignmentsPanel } from './AssignmentsPanel';
import { SharesPanel } from './SharesPanel';

const messages = {
  title: ['办理设置', 'Back-office settings'],
  description: [
    '后台审批的时限规则，以及按事项和受理机构指定办理人',
    'The back office’s timing rules, and named handlers per item and initiating office',
  ],
  shares: ['时限规则', 'Timing rules'],
  assignments: ['指定办理人', 'Named handlers'],
} as const;

const TABS = ['shares', 'assignments'] as const;
type Tab = (typeof TABS)[number];

/** 办理设置: two tabs, kept in the address (?tab=) so a reload stays on the same one. */
export function BackOfficeSettingsPage() {
  const t = useT(messages);
  const [search, setSearch] = useSearchParams();
  const tab: Tab = TABS.find((one) => one === search.get('tab')) ?? 'shares';
  return (
    <PageSection title={t('title')} description={t('description')}>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch({ tab: key })}
        items={[
          { key: 'shares', label: t('shares'), children: <SharesPanel /> },
          { key: 'assignments', label: t('assignments'), children: <AssignmentsPanel /> },
        ]}
      />
    </PageSection>
  );
}
