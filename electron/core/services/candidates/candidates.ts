/** Candidates' profiles: create, edit, soft delete and restore, each audited in its transaction. */
import { assertSameVersion } from '../stale-version';
import { and, asc, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { Candidate, CandidateData } from '@shared/api/candidates';
import { AppError } from '@shared/api/errors';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import type { Db } from '../../db/connection';
import { preparedInsert, preparedPerConnection } from '../../db/prepared';
import { candidateAttachments, candidateNotes, candidates, operators } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { completeBirthData } from './birth-data';
import { assertWritable, findCandidate, requireCandidate } from './record';
import { assertLegalBasisKept } from './special';
export { assertWritable, findCandidate, requireCandidate } from './record';
import { auditableCandidate, candidateColumns, candidateData, toCandidate, type CandidateRecord } from './mapping';
import { writeFtsDocument } from '../../search/fts-document';
import { searchBody } from './search-index';

// A profile is read back after every write: its statements are compiled once (issue 17).
const operatorNameById = preparedPerConnection((db) =>
  db.select({ name: operators.fullName }).from(operators).where(eq(operators.id, sql.placeholder('id'))).prepare(),
);
const liveNotesOf = preparedPerConnection((db) =>
  db
    .select()
    .from(candidateNotes)
    .where(and(eq(candidateNotes.candidateId, sql.placeholder('id')), isNull(candidateNotes.deletedAt)))
    .orderBy(desc(candidateNotes.date), desc(candidateNotes.createdAt))
    .prepare(),
);
const liveAttachmentsOf = preparedPerConnection((db) =>
  db
    .select()
    .from(candidateAttachments)
    .where(and(eq(candidateAttachments.candidateId, sql.placeholder('id')), isNull(candidateAttachments.deletedAt)))
    .orderBy(asc(candidateAttachments.createdAt))
    .prepare(),
);

const insertCandidate = preparedInsert(candidates);
const setSearchRowid = preparedPerConnection((db) =>
  db.update(candidates).set({ searchRowid: sql`${sql.placeholder('rowid')}` }).where(eq(candidates.id, sql.placeholder('id'))).prepare(),
);
const liveTaxCodeHolder = preparedPerConnection((db) =>
  db
    .select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName })
    .from(candidates)
    .where(and(eq(candidates.taxCode, sql.placeholder('taxCode')), isNull(candidates.deletedAt), ne(candidates.id, sql.placeholder('except'))))
    .prepare(),
);
const operatorState = preparedPerConnection((db) =>
  db.select({ id: operators.id, deletedAt: operators.deletedAt }).from(operators).where(eq(operators.id, sql.placeholder('id'))).prepare(),
);

function operatorName(db: Db, operatorId: string | null): string | null {
  if (!operatorId) return null;
  return operatorNameById(db).get({ id: operatorId })?.name ?? null;
}

export function getCandidate(ctx: ReadCtx, id: string): Candidate {
  return candidateOf(ctx, requireCandidate(ctx, id));
}

/** A profile as the API gives it, from its row. */
function candidateOf(ctx: ReadCtx, row: CandidateRecord): Candidate {
  const notes = liveNotesOf(ctx.db).all({ id: row.id });
  const attachments = liveAttachmentsOf(ctx.db).all({ id: row.id });
  return toCandidate(row, { operatorName: operatorName(ctx.db, row.operatorId), notes, attachments });
}

/** Refuses a second live profile with the same codice fiscale, naming who has it. */
export function assertTaxCodeFree(ctx: ReadCtx, taxCode: string, exceptIds: string[]): void {
  // Every create and edit asks: with no profile or one to leave out, the compiled statement (an id is never '').
  const other =
    exceptIds.length <= 1
      ? liveTaxCodeHolder(ctx.db).get({ taxCode, except: exceptIds[0] ?? '' })
      : ctx.db
          .select({ id: candidates.id, firstName: candidates.firstName, lastName: candidates.lastName })
          .from(candidates)
          .where(and(eq(candidates.taxCode, taxCode), isNull(candidates.deletedAt), ...exceptIds.map((exceptId) => ne(candidates.id, exceptId))))
          .get();
  if (other) {
    const name = `${other.lastName} ${other.firstName}`;
    throw new AppError(
      'CONFLICT',
      `Esiste già un candidato con questo codice fiscale: ${name}.`,
      [{ path: 'taxCode', message: `Codice fiscale già registrato per ${name}` }],
      { existingId: other.id, existingName: name },
    );
  }
}

export function assertOperatorExists(ctx: ReadCtx, operatorId: string | null): void {
  if (!operatorId) return;
  const row = operatorState(ctx.db).get({ id: operatorId });
  if (!row || row.deletedAt) {
    throw new AppError('VALIDATION', "L'operatore di riferimento scelto non esiste più.", [
      { path: 'operatorId', message: 'Scegli un operatore attivo' },
    ]);
  }
}

/** Rewrites the search document of one profile. */
export function reindexCandidate(ctx: WriteCtx, id: string): void {
  reindexCandidateRow(ctx, findCandidate(ctx, id)!);
}

/** The same for a row just read; returns it as it is now (with its search rowid). */
function reindexCandidateRow(ctx: WriteCtx, row: CandidateRecord): CandidateRecord {
  const notes = liveNotesOf(ctx.db)
    .all({ id: row.id })
    .map((n) => n.text);
  const rowid = writeFtsDocument(ctx, 'candidates_fts', row.searchRowid, searchBody(row, notes));
  if (rowid === row.searchRowid) return row;
  setSearchRowid(ctx.db).run({ id: row.id, rowid });
  return { ...row, searchRowid: rowid };
}

export function createCandidate(ctx: WriteCtx, input: CandidateData): Candidate {
  const data = completeBirthData(input, ctx.now());
  return ctx.db.transaction(() => {
    assertTaxCodeFree(ctx, data.taxCode, []);
    assertOperatorExists(ctx, data.operatorId);
    const id = newId();
    insertCandidate(ctx.db, { ...newRecordMeta(ctx, id), ...candidateColumns(data), mergedInto: null, searchRowid: null });
    // Read back once: the audit and the answer describe the row as stored.
    const row = reindexCandidateRow(ctx, findCandidate(ctx, id)!);
    writeAudit(ctx, {
      entity: 'candidates',
      entityId: id,
      action: 'create',
      changes: diffFields(null, auditableCandidate(candidateData(row))),
    });
    return candidateOf(ctx, row);
  });
}

/** The stale-edit guard every write to an existing profile goes through. */
export function assertCurrent(row: CandidateRecord, expectedHlc: string): void {
  assertWritable(row, 'modificarlo/a');
  assertSameVersion(row.hlc, expectedHlc, 'questo candidato', 'form');
}

/** Writes new form data over a profile; returns the field changes (none: nothing written). */
export function writeCandidateData(ctx: WriteCtx, row: CandidateRecord, data: CandidateData) {
  const before = auditableCandidate(candidateData(row));
  const changes = diffFields(before, auditableCandidate(data));
  if (changes.length === 0) return changes;
  ctx.db.update(candidates).set({ ...candidateColumns(data), ...touchedMeta(ctx) }).where(eq(candidates.id, row.id)).run();
  reindexCandidate(ctx, row.id);
  return changes;
}

export function updateCandidate(ctx: WriteCtx, id: string, expectedHlc: string, input: CandidateData): Candidate {
  const data = completeBirthData(input, ctx.now());
  return ctx.db.transaction(() => {
    const row = requireCandidate(ctx, id);
    assertCurrent(row, expectedHlc);
    assertTaxCodeFree(ctx, data.taxCode, [id]);
    if (data.operatorId !== row.operatorId) assertOperatorExists(ctx, data.operatorId);
    assertLegalBasisKept(ctx, id, data.specialLegalBasis);
    // Saving an unchanged form writes nothing: a newer hlc would wrongly win a regional merge.
    const changes = writeCandidateData(ctx, row, data);
    if (changes.length > 0) writeAudit(ctx, { entity: 'candidates', entityId: id, action: 'update', changes });
    return getCandidate(ctx, id);
  });
}

function setDeleted(ctx: WriteCtx, id: string, deleted: boolean): Candidate {
  return ctx.db.transaction(() => {
    const row = requireCandidate(ctx, id);
    if (row.mergedInto) throw new AppError('CONFLICT', 'Un profilo unito a un altro non si può ripristinare né eliminare.');
    if (Boolean(row.deletedAt) === deleted) return getCandidate(ctx, id);
    if (!deleted) assertTaxCodeFree(ctx, row.taxCode, [id]);
    const deletedAt = deleted ? ctx.now().toISOString() : null;
    ctx.db.update(candidates).set({ deletedAt, ...touchedMeta(ctx) }).where(eq(candidates.id, id)).run();
    reindexCandidate(ctx, id);
    writeAudit(ctx, {
      entity: 'candidates',
      entityId: id,
      action: deleted ? 'delete' : 'restore',
      changes: [{ field: 'deletedAt', before: row.deletedAt, after: deletedAt }],
    });
    return getCandidate(ctx, id);
  });
}

export function deleteCandidate(ctx: WriteCtx, id: string): Candidate {
  return setDeleted(ctx, id, true);
}

export function restoreCandidate(ctx: WriteCtx, id: string): Candidate {
  return setDeleted(ctx, id, false);
}
