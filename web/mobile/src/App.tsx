import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { LocaleProvider } from './components/LocaleProvider';
import { TabLayout } from './components/TabLayout';
import { ApplyPage } from './pages/ApplyPage';
import { BundleApplyPage } from './pages/BundleApplyPage';
import { BundlePage } from './pages/BundlePage';
import { CasePage } from './pages/CasePage';
import { CertificatesPage } from './pages/CertificatesPage';
import { ChangeDeliveryPage } from './pages/ChangeDeliveryPage';
import { CorrectionPage } from './pages/CorrectionPage';
import { DataReadsPage } from './pages/DataReadsPage';
import { DocumentPage } from './pages/DocumentPage';
import { GuidePage } from './pages/GuidePage';
import { HomePage } from './pages/HomePage';
import { IdentityPage } from './pages/IdentityPage';
import { LoginPage } from './pages/LoginPage';
import { MaterialsPage } from './pages/MaterialsPage';
import { MePage } from './pages/MePage';
import { ProgressPage } from './pages/ProgressPage';
import { SearchPage } from './pages/SearchPage';
import { SessionProvider } from './session';

export function App() {
  return (
    <LocaleProvider>
      <SessionProvider>
        <BrowserRouter basename="/m">
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
        </BrowserRouter>
      </SessionProvider>
    </LocaleProvider>
  );
}
