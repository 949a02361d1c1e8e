import { Spin } from 'antd';
import { Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { lazyPage } from '../../common/lazy-page';
import { LoginPage } from './pages/LoginPage';
import { RequirePermission } from './session/RequirePermission';
import { RequireSignedIn } from './session/RequireSignedIn';

// The sign-in page comes with the app; the signed-in frame and every screen are fetched when first opened.
const StaffLayout = lazyPage(() => import('./layout/StaffLayout'), 'StaffLayout');
const AuditPage = lazyPage(() => import('./pages/audit/AuditPage'), 'AuditPage');
const BackOfficeSettingsPage = lazyPage(
  () => import('./pages/backOffice/BackOfficeSettingsPage'),
  'BackOfficeSettingsPage',
);
const ChangePasswordPage = lazyPage(() => import('./pages/ChangePasswordPage'), 'ChangePasswordPage');
const CalendarPage = lazyPage(() => import('./pages/calendar/CalendarPage'), 'CalendarPage');
const CasePage = lazyPage(() => import('./pages/cases/CasePage'), 'CasePage');
const CasesPage = lazyPage(() => import('./pages/cases/CasesPage'), 'CasesPage');
const DocumentPage = lazyPage(() => import('./pages/cases/DocumentPage'), 'DocumentPage');
const DeliveriesPage = lazyPage(() => import('./pages/cases/delivery/DeliveriesPage'), 'DeliveriesPage');
const IntakePage = lazyPage(() => import('./pages/cases/IntakePage'), 'IntakePage');
const IntakeQueuePage = lazyPage(() => import('./pages/cases/IntakeQueuePage'), 'IntakeQueuePage');
const BundleEditorPage = lazyPage(
  () => import('./pages/catalog/bundles/BundleEditorPage'),
  'BundleEditorPage',
);
const BundlesPage = lazyPage(() => import('./pages/catalog/bundles/BundlesPage'), 'BundlesPage');
const CatalogPage = lazyPage(() => import('./pages/catalog/CatalogPage'), 'CatalogPage');
const ItemEditorPage = lazyPage(() => import('./pages/catalog/editor/ItemEditorPage'), 'ItemEditorPage');
const ItemPage = lazyPage(() => import('./pages/catalog/item/ItemPage'), 'ItemPage');
const CertificatesPage = lazyPage(() => import('./pages/certificates/CertificatesPage'), 'CertificatesPage');
const DepartmentsPage = lazyPage(() => import('./pages/departments/DepartmentsPage'), 'DepartmentsPage');
const ExtensionsPage = lazyPage(() => import('./pages/extensions/ExtensionsPage'), 'ExtensionsPage');
const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const HallsPage = lazyPage(() => import('./pages/halls/HallsPage'), 'HallsPage');
const IdentityCheckPage = lazyPage(() => import('./pages/identity/IdentityCheckPage'), 'IdentityCheckPage');
const MaterialsPage = lazyPage(() => import('./pages/materials/MaterialsPage'), 'MaterialsPage');
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');
const OutboxPage = lazyPage(() => import('./pages/outbox/OutboxPage'), 'OutboxPage');
const RegionsPage = lazyPage(() => import('./pages/regions/RegionsPage'), 'RegionsPage');
const GrantsPage = lazyPage(() => import('./pages/registry/grants/GrantsPage'), 'GrantsPage');
const ImportsPage = lazyPage(() => import('./pages/registry/ImportsPage'), 'ImportsPage');
const SubjectLookupPage = lazyPage(() => import('./pages/registry/SubjectLookupPage'), 'SubjectLookupPage');
const StaffPage = lazyPage(() => import('./pages/staff/StaffPage'), 'StaffPage');
const SupervisionPage = lazyPage(() => import('./pages/supervision/SupervisionPage'), 'SupervisionPage');
const JobsPage = lazyPage(() => import('./pages/system/JobsPage'), 'JobsPage');
const InboxPage = lazyPage(() => import('./pages/tasks/InboxPage'), 'InboxPage');
const TaskPage = lazyPage(() => import('./pages/tasks/TaskPage'), 'TaskPage');
const VerificationsPage = lazyPage(
  () => import('./pages/verifications/VerificationsPage'),
  'VerificationsPage',
);

export function AppRoutes() {
  return (
    <Suspense fallback={<Spin fullscreen />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route element={<RequireSignedIn />}>
          <Route element={<StaffLayout />}>
            <Route index element={<HomePage />} />
            <Route path="password" element={<ChangePasswordPage />} />
            <Route
              path="materials"
              element={
                <RequirePermission permission="material.manage">
                  <MaterialsPage />
                </RequirePermission>
              }
            />
            <Route
              path="tasks"
              element={
                <RequirePermission permission="case.handle">
                  <InboxPage />
                </RequirePermission>
              }
            />
            <Route
              path="verifications"
              element={
                <RequirePermission permission="case.handle">
                  <VerificationsPage />
                </RequirePermission>
              }
            />
            <Route
              path="extensions"
              element={
                <RequirePermission permission="extension.decide">
                  <ExtensionsPage />
                </RequirePermission>
              }
            />
            <Route
              path="back-office/settings"
              element={
                <RequirePermission permission="workflow.assign">
                  <BackOfficeSettingsPage />
                </RequirePermission>
              }
            />
            <Route
              path="supervision"
              element={
                <RequirePermission permission="case.supervise">
                  <SupervisionPage />
                </RequirePermission>
              }
            />
            <Route
              path="tasks/:id"
              element={
                <RequirePermission permission="case.handle">
                  <TaskPage />
                </RequirePermission>
              }
            />
            <Route
              path="intake"
              element={
                <RequirePermission permission="case.intake">
                  <IntakePage />
                </RequirePermission>
              }
            />
            <Route
              path="intake/queue"
              element={
                <RequirePermission permission="case.intake">
                  <IntakeQueuePage />
                </RequirePermission>
              }
            />
            <Route
              path="intake/identity"
              element={
                <RequirePermission permission="case.intake">
                  <IdentityCheckPage />
                </RequirePermission>
              }
            />
            <Route
              path="system/jobs"
              element={
                <RequirePermission permission="system.jobs">
                  <JobsPage />
                </RequirePermission>
              }
            />
            <Route
              path="cases"
              element={
                <RequirePermission permission="case.view">
                  <CasesPage />
                </RequirePermission>
              }
            />
            <Route
              path="cases/:id"
              element={
                <RequirePermission permission="case.view">
                  <CasePage />
                </RequirePermission>
              }
            />
            <Route
              path="deliveries"
              element={
                <RequirePermission permission="case.deliver">
                  <DeliveriesPage />
                </RequirePermission>
              }
            />
            <Route
              path="cases/:id/documents/:documentId"
              element={
                <RequirePermission permission="case.view">
                  <DocumentPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/regions"
              element={
                <RequirePermission permission="org.view">
                  <RegionsPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/departments"
              element={
                <RequirePermission permission="org.view">
                  <DepartmentsPage />
                </RequirePermission>
              }
            />
            <Route
              path="org/halls"
              element={
                <RequirePermission permission="org.view">
                  <HallsPage />
                </RequirePermission>
              }
            />
            <Route
              path="catalog"
              element={
                <RequirePermission permission="org.view">
                  <CatalogPage />
                </RequirePermission>
              }
            />
            <Route
              path="catalog/bundles"
              element={
                <RequirePermission permission="org.view">
                  <BundlesPage />
                </RequirePermission>
              }
            />
            <Route
              path="catalog/bundles/new"
              element={
                <RequirePermission permission="org.view">
                  <BundleEditorPage />
                </RequirePermission>
              }
            />
            <Route
              path="catalog/bundles/:id"
              element={
                <RequirePermission permission="org.view">
                  <BundleEditorPage />
                </RequirePermission>
              }
            />
            <Route
              path="catalog/new"
              element={
                <RequirePermission permission="catalog.edit">
                  <ItemEditorPage />
                </RequirePermission>
              }
            />
            <Route
              path="catalog/:id"
              element={
                <RequirePermission permission="org.view">
                  <ItemPage />
                </RequirePermission>
              }
            />
            <Route
              path="catalog/:id/edit"
              element={
                <RequirePermission permission="catalog.edit">
                  <ItemEditorPage />
                </RequirePermission>
              }
            />
            <Route
              path="registry/persons"
              element={
                <RequirePermission permission="registry.view">
                  <SubjectLookupPage kind="person" key="person" />
                </RequirePermission>
              }
            />
            <Route
              path="registry/enterprises"
              element={
                <RequirePermission permission="registry.view">
                  <SubjectLookupPage kind="enterprise" key="enterprise" />
                </RequirePermission>
              }
            />
            <Route
              path="registry/imports"
              element={
                <RequirePermission permission="registry.manage">
                  <ImportsPage />
                </RequirePermission>
              }
            />
            <Route
              path="registry/grants"
              element={
                <RequirePermission permission="registry.manage">
                  <GrantsPage />
                </RequirePermission>
              }
            />
            <Route
              path="certificates"
              element={
                <RequirePermission permission="certificate.view">
                  <CertificatesPage />
                </RequirePermission>
              }
            />
            <Route
              path="staff"
              element={
                <RequirePermission permission="staff.manage">
                  <StaffPage />
                </RequirePermission>
              }
            />
            <Route
              path="audit"
              element={
                <RequirePermission permission="audit.view">
                  <AuditPage />
                </RequirePermission>
              }
            />
            <Route
              path="outbox"
              element={
                <RequirePermission permission="outbox.view">
                  <OutboxPage />
                </RequirePermission>
              }
            />
            <Route path="calendar" element={<CalendarPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
