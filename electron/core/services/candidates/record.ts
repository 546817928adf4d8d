/**
 * Reading one profile row and the first guard every write passes. Kept apart so the other
 * candidate services (special data, notes, attachments) use them without importing each other.
 */
import { eq } from 'drizzle-orm';
import { AppError } from '../../../../shared/api/errors';
import type { Db } from '../../db/connection';
import { candidates } from '../../db/schema';
import type { CandidateRecord } from './mapping';

export function findCandidate(db: Db, id: string): CandidateRecord | null {
  return db.select().from(candidates).where(eq(candidates.id, id)).get() ?? null;
}

export function requireCandidate(db: Db, id: string): CandidateRecord {
  const row = findCandidate(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Candidato non trovato: potrebbe essere stato eliminato definitivamente.');
  return row;
}

/**
 * A profile that can take changes: not merged into another (that one takes them, and the
 * message says which), not deleted (restore it first). `action` ends the sentence: "modificarlo".
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
  if (row.deletedAt) throw new AppError('CONFLICT', `Il candidato è stato eliminato: ripristinalo prima di ${action}.`);
}
