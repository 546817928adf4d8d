/**
 * The «Scambio dati» status (`exchange.status`), shared by the menu's badge and the pages, asked
 * when the menu appears, when a «Scambio dati» page opens, and after anything that changes it
 * (an export, an import, a decision). Never on a timer.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ExchangeStatus } from '../../../../shared/api/exchange';
import { api, errorMessage } from '../../api/client';

export interface StatusSnapshot {
  status: ExchangeStatus | null;
  error: string | null;
}

const EMPTY: StatusSnapshot = { status: null, error: null };
let snapshot: StatusSnapshot = EMPTY;
let latest = 0;
const listeners = new Set<() => void>();

function publish(next: StatusSnapshot): void {
  snapshot = next;
  for (const listener of [...listeners]) listener();
}

// Another operator's status is not the next one's: forget it at login and logout.
api.onSessionChange(() => {
  latest += 1;
  publish(EMPTY);
});

/** Asks the core again; answers that arrive after a newer question are dropped. */
export async function refreshExchangeStatus(): Promise<void> {
  const request = ++latest;
  try {
    const status = await api.call('exchange.status', {});
    if (request === latest) publish({ status, error: null });
  } catch (e) {
    if (request === latest) publish({ status: snapshot.status, error: errorMessage(e) });
  }
}

/** Takes a status the page already has (the answer of `exchange.setPolicy`). */
export function takeExchangeStatus(status: ExchangeStatus): void {
  latest += 1;
  publish({ status, error: null });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The status, asked once when the calling component mounts (when `enabled`). */
export function useExchangeStatus(enabled = true): StatusSnapshot {
  useEffect(() => {
    if (enabled) void refreshExchangeStatus();
  }, [enabled]);
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** What waits for a person: open conflicts, proposed merges, records waiting for their parent. */
export function waitingCount(status: ExchangeStatus | null): number {
  return status ? status.openConflicts + status.proposedDuplicates + status.pending : 0;
}
