import { Route, Routes } from 'react-router-dom';
import { StaffLayout } from './layout/StaffLayout';
import { AuditPage } from './pages/audit/AuditPage';
import { BackOfficeSettingsPage } from './pages/backOffice/BackOfficeSettingsPage';
import { ChangePasswordPage } from './pages/ChangePasswordPage';
import { CalendarPage } from './pages/calendar/CalendarPage';
import { CasePage } from './pages/cases/CasePage';
import { CasesPage } from './pages/cases/CasesPage';
import { DocumentPage } from './pages/cases/DocumentPage';
import { DeliveriesPage } from './pages/cases/delivery/DeliveriesPage';
import { IntakePage } from './pages/cases/IntakePage';
import { IntakeQueuePage } from './pages/cases/IntakeQueuePage';
import { BundleEditorPage } from './pages/catalog/bundles/BundleEditorPage';
import { BundlesPage } from './pages/catalog/bundles/BundlesPage';
import { CatalogPage } from './pages/catalog/CatalogPage';
import { ItemEditorPage } from './pages/catalog/editor/ItemEditorPage';
import { ItemPage } from './pages/catalog/item/ItemPage';
import { CertificatesPage } from './pages/certificates/CertificatesPage';
import { DepartmentsPage } from './pages/departments/DepartmentsPage';
import { ExtensionsPage } from './pages/extensions/ExtensionsPage';
import { HomePage } from './pages/HomePage';
import { HallsPage } from './pages/halls/HallsPage';
import { IdentityCheckPage } from './pages/identity/IdentityCheckPage';
import { LoginPage } from './pages/LoginPage';
import { MaterialsPage } from './pages/materials/MaterialsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OutboxPage } from './pages/outbox/OutboxPage';
import { RegionsPage } from './pages/regions/RegionsPage';
import { GrantsPage } from './pages/registry/grants/GrantsPage';
import { ImportsPage } from './pages/registry/ImportsPage';
import { SubjectLookupPage } from './pages/registry/SubjectLookupPage';
import { StaffPage } from './pages/staff/StaffPage';
import { SupervisionPage } from './pages/supervision/SupervisionPage';
import { JobsPage } from './pages/system/JobsPage';
import { InboxPage } from './pages/tasks/InboxPage';
import { TaskPage } from './pages/tasks/TaskPage';
import { VerificationsPage } from './pages/verifications/VerificationsPage';
import { RequirePermission } from './session/RequirePermission';
import { RequireSignedIn } from './session/RequireSignedIn';

export function AppRoutes() {
  return (
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
  );
}
