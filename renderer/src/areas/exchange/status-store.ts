/**
 * The «Scambio dati» status (`exchange.status`), shared by the menu's badge and the pages through
 * the query cache: asked when the menu appears and when a «Scambio dati» page opens, and again
 * after every write (an export, an import, a decision) and every finished job, like any answer on
 * screen. Never on a timer.
 */
import type { ExchangeStatus } from '@shared/api/exchange';
import { useApiQuery } from '../../api/query';

export interface StatusSnapshot {
  status: ExchangeStatus | null;
  error: string | null;
}

/**
 * The status, asked when the calling component mounts if `ask` (the menu, the area's frame); the
 * tabs inside the frame pass `false` and read the frame's answer, so opening a tab asks nothing more.
 */
export function useExchangeStatus(ask = true): StatusSnapshot {
  const query = useApiQuery('exchange.status', {}, { enabled: ask });
  return { status: query.data, error: query.error };
}

/** What waits for a person: open conflicts, proposed merges, records waiting for their parent. */
export function waitingCount(status: ExchangeStatus | null): number {
  return status ? status.openConflicts + status.proposedDuplicates + status.pending : 0;
}
