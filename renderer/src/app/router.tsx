import { InternshipsListPage } from '../areas/internships/InternshipsListPage';
import { InternshipDetailPage } from '../areas/internships/detail/InternshipDetailPage';
import { InternshipEditPage } from '../areas/internships/form/InternshipEditPage';
import { InternshipNewPage } from '../areas/internships/form/InternshipNewPage';
import { RankCandidatesPage } from '../areas/matches/RankCandidatesPage';
import { createHashRouter, Navigate } from 'react-router';
import { AssociationDetailPage } from '../areas/associations/AssociationDetailPage';
import { AssociationEditPage, AssociationNewPage } from '../areas/associations/AssociationFormPage';
import { AssociationsListPage } from '../areas/associations/AssociationsListPage';
import { CandidateDetailPage } from '../areas/candidates/CandidateDetailPage';
import { CandidatesListPage } from '../areas/candidates/CandidatesListPage';
import { CandidateEditPage, CandidateNewPage } from '../areas/candidates/form/CandidateFormPage';
import { CandidateMergePage } from '../areas/candidates/merge/CandidateMergePage';
import { NeedDetailPage } from '../areas/needs/detail/NeedDetailPage';
import { NeedEditPage, NeedNewPage } from '../areas/needs/form/NeedFormPage';
import { NeedsBoardPage } from '../areas/needs/NeedsBoardPage';
import { NeedsListPage } from '../areas/needs/NeedsListPage';
import { OperatorsPage } from '../areas/operators/OperatorsPage';
import { SettingsPage } from '../areas/settings/SettingsPage';
import { RegistersBatchPage } from '../areas/documents/registers/RegistersBatchPage';
import { TemplatesPage } from '../areas/documents/templates/TemplatesPage';
import { RuleSetNewPage } from '../areas/settings/rules/RuleSetNewPage';
import { RuleSetPage } from '../areas/settings/rules/RuleSetPage';
import { RuleSetsPage } from '../areas/settings/rules/RuleSetsPage';
import { CommitteesPage } from '../areas/settings/committees/CommitteesPage';
import { ProfessionsPage } from '../areas/settings/professions/ProfessionsPage';
import { AuditPage } from '../areas/settings/audit/AuditPage';
import { PatronDaysPage } from '../areas/settings/patron-days/PatronDaysPage';
import { BackupsPage } from '../areas/settings/backups/BackupsPage';
import { RetentionReviewPage } from '../areas/settings/retention/RetentionReviewPage';
import { ConflictDetailPage } from '../areas/exchange/conflicts/ConflictDetailPage';
import { ConflictsPage } from '../areas/exchange/conflicts/ConflictsPage';
import { DuplicatesPage } from '../areas/exchange/duplicates/DuplicatesPage';
import { ExchangeLayout } from '../areas/exchange/ExchangeLayout';
import { ExportPage } from '../areas/exchange/export/ExportPage';
import { PublishPage } from '../areas/exchange/export/PublishPage';
import { ImportPage } from '../areas/exchange/import/ImportPage';
import { OverviewPage } from '../areas/exchange/overview/OverviewPage';
import { ExchangeSettingsPage } from '../areas/exchange/settings/ExchangeSettingsPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';
import { TodayPage } from '../areas/today/TodayPage';

/** Hash routes work the same from a file:// page (desktop) and from the web host. */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      children: [
        // The desk starts its day from «Oggi» (issue 16).
        { index: true, element: <Navigate to="/oggi" replace /> },
        { path: 'oggi', element: <TodayPage /> },
        { path: 'report', lazy: () => import('../areas/reports/ReportPage').then((m) => ({ Component: m.ReportPage })) },
        { path: 'associazioni', element: <AssociationsListPage /> },
        { path: 'associazioni/nuova', element: <AssociationNewPage /> },
        { path: 'associazioni/:id', element: <AssociationDetailPage /> },
        { path: 'associazioni/:id/modifica', element: <AssociationEditPage /> },
        { path: 'candidati', element: <CandidatesListPage /> },
        { path: 'candidati/nuovo', element: <CandidateNewPage /> },
        { path: 'candidati/:id', element: <CandidateDetailPage /> },
        { path: 'candidati/:id/modifica', element: <CandidateEditPage /> },
        { path: 'candidati/:id/unisci/:otherId', element: <CandidateMergePage /> },
        { path: 'fabbisogni', element: <NeedsListPage /> },
        { path: 'fabbisogni/bacheca', element: <NeedsBoardPage /> },
        { path: 'fabbisogni/nuovo', element: <NeedNewPage /> },
        { path: 'fabbisogni/:id', element: <NeedDetailPage /> },
        { path: 'fabbisogni/:id/modifica', element: <NeedEditPage /> },
        { path: 'fabbisogni/:id/candidati', element: <RankCandidatesPage /> },
        { path: 'tirocini', element: <InternshipsListPage /> },
        { path: 'tirocini/nuovo', element: <InternshipNewPage /> },
        { path: 'tirocini/registri', element: <RegistersBatchPage /> },
        { path: 'tirocini/:id', element: <InternshipDetailPage /> },
        { path: 'tirocini/:id/modifica', element: <InternshipEditPage /> },
        {
          path: 'scambio',
          element: <ExchangeLayout />,
          children: [
            { index: true, element: <OverviewPage /> },
            { path: 'esporta', element: <ExportPage /> },
            { path: 'pubblica', element: <PublishPage /> },
            { path: 'importa', element: <ImportPage /> },
            { path: 'conflitti', element: <ConflictsPage /> },
            { path: 'conflitti/:id', element: <ConflictDetailPage /> },
            { path: 'doppioni', element: <DuplicatesPage /> },
            { path: 'impostazioni', element: <ExchangeSettingsPage /> },
          ],
        },
        { path: 'operatori', element: <OperatorsPage /> },
        { path: 'impostazioni', element: <SettingsPage /> },
        { path: 'impostazioni/modelli', element: <TemplatesPage /> },
        { path: 'impostazioni/regole', element: <RuleSetsPage /> },
        { path: 'impostazioni/regole/nuova', element: <RuleSetNewPage /> },
        { path: 'impostazioni/regole/:id', element: <RuleSetPage /> },
        { path: 'impostazioni/comitati', element: <CommitteesPage /> },
        { path: 'impostazioni/professioni', element: <ProfessionsPage /> },
        { path: 'impostazioni/feste-patronali', element: <PatronDaysPage /> },
        { path: 'impostazioni/copie-di-sicurezza', element: <BackupsPage /> },
        { path: 'impostazioni/registro-accessi', element: <AuditPage /> },
        { path: 'impostazioni/da-rivedere', element: <RetentionReviewPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
