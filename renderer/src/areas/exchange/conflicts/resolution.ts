import type { ConflictSummary } from '@shared/api/exchange';

export const RESOLUTION_LABELS: Record<NonNullable<ConflictSummary['resolution']>, string> = {
  corrente: 'Tenuta la versione attuale',
  arrivata: 'Presa la versione arrivata',
  combinata: 'Combinate campo per campo',
};
