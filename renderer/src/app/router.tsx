import { createHashRouter, Navigate } from 'react-router';
import { AssociationDetailPage } from '../areas/associations/AssociationDetailPage';
import { AssociationEditPage, AssociationNewPage } from '../areas/associations/AssociationFormPage';
import { AssociationsListPage } from '../areas/associations/AssociationsListPage';
import { OperatorsPage } from '../areas/operators/OperatorsPage';
import { SettingsPage } from '../areas/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';
import { Shell } from './Shell';

/** Hash routes work the same from a file:// page (desktop) and from the web host. */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      children: [
        { index: true, element: <Navigate to="/associazioni" replace /> },
        { path: 'associazioni', element: <AssociationsListPage /> },
        { path: 'associazioni/nuova', element: <AssociationNewPage /> },
        { path: 'associazioni/:id', element: <AssociationDetailPage /> },
        { path: 'associazioni/:id/modifica', element: <AssociationEditPage /> },
        { path: 'operatori', element: <OperatorsPage /> },
        { path: 'impostazioni', element: <SettingsPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
