import { Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { lazyPage } from '../../common/lazy-page';
import { LocaleProvider } from './components/LocaleProvider';
import { PageLoading } from './components/PageLoading';
import { TabLayout } from './components/TabLayout';
import { HomePage } from './pages/HomePage';
import { SessionProvider } from './session';

// The home page comes with the app; every other screen is fetched when first opened.
const ApplyPage = lazyPage(() => import('./pages/ApplyPage'), 'ApplyPage');
const BundleApplyPage = lazyPage(() => import('./pages/BundleApplyPage'), 'BundleApplyPage');
const BundlePage = lazyPage(() => import('./pages/BundlePage'), 'BundlePage');
const CasePage = lazyPage(() => import('./pages/CasePage'), 'CasePage');
const CertificatesPage = lazyPage(() => import('./pages/CertificatesPage'), 'CertificatesPage');
const ChangeDeliveryPage = lazyPage(() => import('./pages/ChangeDeliveryPage'), 'ChangeDeliveryPage');
const CorrectionPage = lazyPage(() => import('./pages/CorrectionPage'), 'CorrectionPage');
const DataReadsPage = lazyPage(() => import('./pages/DataReadsPage'), 'DataReadsPage');
const DocumentPage = lazyPage(() => import('./pages/DocumentPage'), 'DocumentPage');
const GuidePage = lazyPage(() => import('./pages/GuidePage'), 'GuidePage');
const IdentityPage = lazyPage(() => import('./pages/IdentityPage'), 'IdentityPage');
const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const MaterialsPage = lazyPage(() => import('./pages/MaterialsPage'), 'MaterialsPage');
const MePage = lazyPage(() => import('./pages/MePage'), 'MePage');
const ProgressPage = lazyPage(() => import('./pages/ProgressPage'), 'ProgressPage');
const SearchPage = lazyPage(() => import('./pages/SearchPage'), 'SearchPage');

export function App() {
  return (
    <LocaleProvider>
      <SessionProvider>
        <BrowserRouter basename="/m">
          <Suspense fallback={<PageLoading />}>
            <Routes>
              <Route element={<TabLayout />}>
                <Route index element={<HomePage />} />
                <Route path="progress" element={<ProgressPage />} />
                <Route path="me" element={<MePage />} />
              </Route>
              <Route path="login" element={<LoginPage />} />
              <Route path="identity" element={<IdentityPage />} />
              <Route path="materials" element={<MaterialsPage />} />
              <Route path="search" element={<SearchPage />} />
              <Route path="items/:itemId" element={<GuidePage />} />
              <Route path="items/:itemId/apply" element={<ApplyPage />} />
              <Route path="bundles/:bundleId" element={<BundlePage />} />
              <Route path="bundles/:bundleId/apply" element={<BundleApplyPage />} />
              <Route path="data-reads" element={<DataReadsPage />} />
              <Route path="certificates" element={<CertificatesPage />} />
              <Route path="progress/:caseId" element={<CasePage />} />
              <Route path="progress/:caseId/documents/:documentId" element={<DocumentPage />} />
              <Route path="progress/:caseId/delivery" element={<ChangeDeliveryPage />} />
              <Route path="progress/:caseId/corrections/:correctionId" element={<CorrectionPage />} />
              <Route path="*" element={<Navigate to="/" replace />} />
            </Routes>
          </Suspense>
        </BrowserRouter>
      </SessionProvider>
    </LocaleProvider>
  );
}
