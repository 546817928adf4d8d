/**
 * Reading one profile row and the first guard every write passes. Kept apart so the other
 * candidate services (special data, notes, attachments) use them without importing each other.
 */
import { eq, sql } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import { agree } from '@shared/text/agreement';
import type { ReadCtx } from '../../context';
import { candidates } from '../../db/schema';
import { preparedPerConnection } from '../../db/prepared';
import type { CandidateRecord } from './mapping';

/** Read by every write to a profile, three times by a create: compiled once. */
const candidateById = preparedPerConnection((db) => db.select().from(candidates).where(eq(candidates.id, sql.placeholder('id'))).prepare());

export function findCandidate(ctx: ReadCtx, id: string): CandidateRecord | null {
  return candidateById(ctx.db).get({ id }) ?? null;
}

export function requireCandidate(ctx: ReadCtx, id: string): CandidateRecord {
  const row = findCandidate(ctx, id);
  if (!row) throw new AppError('NOT_FOUND', 'Candidato non trovato: potrebbe essere stato eliminato definitivamente.');
  return row;
}

/**
 * A profile that can take changes: not merged into another (that one takes them, and the
 * message says which), not deleted (restore it first). `action` ends the sentence, agreed with the
 * person like the rest: "modificarlo/a" reads «modificarla» for a woman.
 */
export function assertWritable(row: CandidateRecord, action: string): void {
  if (row.mergedInto) {
    throw new AppError(
      'CONFLICT',
      'Questo profilo è stato unito a un altro e non si modifica più: apri il profilo che lo ha assorbito.',
      undefined,
      { mergedInto: row.mergedInto },
    );
  }
  // Erased data never come back through an edit: the profile is kept only for the statistics.
  if (row.anonymisedAt) throw new AppError('CONFLICT', 'Questo profilo è stato anonimizzato e non si modifica più.');
  if (row.deletedAt) throw new AppError('CONFLICT', `${agree(row.sex, 'Il/La candidato/a è stato/a eliminato/a: ripristinalo/a')} prima di ${agree(row.sex, action)}.`);
}

/** The person's sex, to agree what other areas say of them (a file's «la tirocinante»); null when not recorded. */
export function candidateSexOf(ctx: ReadCtx, id: string): 'M' | 'F' | null {
  return ctx.db.select({ sex: candidates.sex }).from(candidates).where(eq(candidates.id, id)).get()?.sex ?? null;
}
