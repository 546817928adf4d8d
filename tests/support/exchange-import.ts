/**
 * Importing below the API, where the test seam is: the service context the dispatcher would build
 * for the administrator, and an upload made straight into the data folder (no session needed).
 */
import type { CoreState } from '../../electron/core/api/types';
import type { WriteCtx } from '../../electron/core/context';
import { writeCtxOf } from '../../electron/core/api/service-ctx';
import { receiveChunk } from '../../electron/core/services/exchange/uploads';
import { ADMIN } from './setup-input';

/** As electron/core/api/dispatch.ts builds it, acting as the first administrator. */
export function adminWriteCtx(state: CoreState): WriteCtx {
  const admin = state.database.sqlite.prepare('SELECT id, full_name AS name FROM operators WHERE username = ?').get(ADMIN.username) as { id: string; name: string } | undefined;
  if (!admin) throw new Error('no administrator');
  return writeCtxOf(state, { id: admin.id, name: admin.name });
}

/** The bundle received in one piece, as `exchange.uploadChunk` would store it; returns the upload id. */
export function receiveWhole(ctx: WriteCtx, bytes: Buffer): string {
  return receiveChunk(ctx, { uploadId: null, fileName: 'scambio.exar', offset: 0, chunkBase64: bytes.toString('base64') }).uploadId;
}
