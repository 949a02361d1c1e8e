import { AppHeader } from '../components/AppHeader';
import { BundleList } from '../components/BundleList';
import { HotItems } from '../components/HotItems';
import { PageBody } from '../components/PageBody';
import { ScanTip } from '../components/ScanTip';
import { SearchEntry } from '../components/SearchEntry';
import { ThemeGrid } from '../components/ThemeGrid';

export function HomePage() {
  return (
    <>
      <AppHeader>
        <SearchEntry />
      </AppHeader>
      <PageBody>
        <ThemeGrid />
        <ScanTip />
        <BundleList />
        <HotItems />
      </PageBody>
    </>
  );
}
