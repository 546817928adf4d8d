/**
 * The bookkeeping a child row (note, attachment, document, proposal, internship file) takes when it
 * follows a merged profile to the survivor.
 *
 * At a desk the move is a change like any other: it travels to the regional office. At the regional
 * office the rows belong to the desks, and the import points children of a merged profile at the
 * survivor every time they arrive (exchange/merge.ts): there the move is how this office reads them,
 * not a new version, so a desk's later edit of the same file is not taken for a conflict.
 */
import type { WriteCtx } from '../../context';
import { touchedMeta } from '../../context';
import { requireLocalSite } from '../settings/site';

export function followMergeMeta(ctx: WriteCtx): Partial<ReturnType<typeof touchedMeta>> {
  return requireLocalSite(ctx).kind === 'ufficio_regionale' ? {} : touchedMeta(ctx);
}
