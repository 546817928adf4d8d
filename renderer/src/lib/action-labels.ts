/** How a record's history names each action, said of a masculine noun («il fabbisogno», «il candidato»). */
import type { AuditAction } from '@shared/api/audit';

export const MASCULINE_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Registrato',
  update: 'Modificato',
  delete: 'Eliminato',
  restore: 'Ripristinato',
  login: 'Accesso',
  view: 'Consultato',
  merge: 'Unione',
  import: 'Arrivato con lo scambio dati',
  export: 'Esportato',
  resolve: 'Conflitto risolto',
};
