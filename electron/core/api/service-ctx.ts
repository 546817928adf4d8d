/**
 * The one place a service context is built from the running core (decision 0021): the dispatcher,
 * the first start, the seed and the tests all go through here, so every service sees the same
 * shape, the same clock and the same Rome day.
 */
import { readCtx, writeCtx, type Actor, type ReadCtx, type WriteCtx } from '../context';
import { AppError } from '@shared/api/errors';
import type { CoreState } from './types';

export const SYSTEM_ACTOR: Actor = { id: null, name: 'Sistema' };

export function readCtxOf(state: CoreState, actor: Actor = SYSTEM_ACTOR): ReadCtx {
  const { db, sqlite } = state.database;
  return readCtx({ db, sqlite, now: state.now, dataDir: state.dataDir, actor });
}

/** Writing needs this office: before the first start there is none, and the desk is told to finish it. */
export function writeCtxOf(state: CoreState, actor: Actor = SYSTEM_ACTOR): WriteCtx {
  if (!state.site) throw new AppError('CONFLICT', 'Completa prima la configurazione iniziale.');
  const { db, sqlite } = state.database;
  return writeCtx({ db, sqlite, now: state.now, dataDir: state.dataDir, actor, clock: state.site.clock, siteId: state.site.id });
}
