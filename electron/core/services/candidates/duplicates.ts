/**
 * Possible duplicates: the same codice fiscale (refused on save), and the same surname, name and
 * birth date under another code (a typing error, a provisional code): a warning an operator can
 * dismiss for a pair with "non è un duplicato".
 */
import { and, eq, isNull, ne, or } from 'drizzle-orm';
import type { DuplicateCandidate } from '@shared/api/candidates';
import { AppError } from '@shared/api/errors';
import { normalizeTaxCode } from '@shared/validation/tax-codes';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta } from '../../context';
import type { Db } from '../../db/connection';
import { candidateNotDuplicates, candidates } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { requireCandidate } from './candidates';
import { duplicateKey } from './mapping';

const columns = {
  id: candidates.id,
  firstName: candidates.firstName,
  lastName: candidates.lastName,
  taxCode: candidates.taxCode,
  birthDate: candidates.birthDate,
  resComune: candidates.resComune,
  deletedAt: candidates.deletedAt,
};

function orderedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

function dismissedPartners(db: Db, id: string): Set<string> {
  const rows = db
    .select({ firstId: candidateNotDuplicates.firstId, secondId: candidateNotDuplicates.secondId })
    .from(candidateNotDuplicates)
    .where(and(or(eq(candidateNotDuplicates.firstId, id), eq(candidateNotDuplicates.secondId, id)), isNull(candidateNotDuplicates.deletedAt)))
    .all();
  return new Set(rows.map((r) => (r.firstId === id ? r.secondId : r.firstId)));
}

export interface DuplicateQuery {
  taxCode?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  birthDate?: string | null;
  exceptId?: string | null;
}

export function findDuplicates(ctx: ReadCtx, q: DuplicateQuery): { sameTaxCode: DuplicateCandidate | null; similar: DuplicateCandidate[] } {
  const taxCode = q.taxCode ? normalizeTaxCode(q.taxCode) : '';
  const except = q.exceptId ?? '';
  const sameTaxCode = taxCode
    ? (ctx.db
        .select(columns)
        .from(candidates)
        .where(and(eq(candidates.taxCode, taxCode), isNull(candidates.deletedAt), ne(candidates.id, except)))
        .get() ?? null)
    : null;
  let similar: DuplicateCandidate[] = [];
  if (q.firstName?.trim() && q.lastName?.trim() && q.birthDate) {
    const dismissed = except ? dismissedPartners(ctx.db, except) : new Set<string>();
    similar = ctx.db
      .select(columns)
      .from(candidates)
      .where(
        and(
          eq(candidates.duplicateKey, duplicateKey(q.lastName, q.firstName)),
          eq(candidates.birthDate, q.birthDate),
          isNull(candidates.deletedAt),
          ne(candidates.id, except),
          ne(candidates.taxCode, taxCode),
        ),
      )
      .limit(20)
      .all()
      .filter((c) => !dismissed.has(c.id));
  }
  return { sameTaxCode, similar };
}

/** Records that two similar profiles are different people, so the warning stops showing. */
export function markNotDuplicate(ctx: WriteCtx, id: string, otherId: string): void {
  if (id === otherId) throw new AppError('VALIDATION', 'Scegli due profili diversi.');
  ctx.db.transaction(() => {
    const a = requireCandidate(ctx, id);
    const b = requireCandidate(ctx, otherId);
    const [firstId, secondId] = orderedPair(a.id, b.id);
    const existing = ctx.db
      .select({ id: candidateNotDuplicates.id })
      .from(candidateNotDuplicates)
      .where(and(eq(candidateNotDuplicates.firstId, firstId), eq(candidateNotDuplicates.secondId, secondId)))
      .get();
    if (existing) return;
    ctx.db.insert(candidateNotDuplicates).values({ ...newRecordMeta(ctx, newId()), firstId, secondId }).run();
    for (const [self, other] of [[a, b], [b, a]] as const) {
      writeAudit(ctx, {
        entity: 'candidates',
        entityId: self.id,
        action: 'update',
        changes: [{ field: 'nonDuplicato', before: null, after: `${other.lastName} ${other.firstName} (${other.taxCode})` }],
      });
    }
  });
}
