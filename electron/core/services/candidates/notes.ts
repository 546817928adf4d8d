/** Dated interview notes on a profile. */
import { eq, sql } from 'drizzle-orm';
import type { CandidateNote } from '@shared/api/candidates';
import { AppError } from '@shared/api/errors';
import type { WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { preparedInsert, preparedPerConnection } from '../../db/prepared';
import { candidateNotes } from '../../db/schema';
import { newId } from '../../ids';
import { writeAudit } from '../audit/audit-log';
import { assertWritable, reindexCandidate, requireCandidate } from './candidates';
import { toNote } from './mapping';

// Seeding and a busy desk add notes one after another: compiled once (issue 17).
const insertNote = preparedInsert(candidateNotes);
const noteById = preparedPerConnection((db) => db.select().from(candidateNotes).where(eq(candidateNotes.id, sql.placeholder('id'))).prepare());

export function addNote(ctx: WriteCtx, candidateId: string, date: string, text: string): CandidateNote {
  return ctx.db.transaction(() => {
    assertWritable(requireCandidate(ctx, candidateId), 'aggiungere note');
    const id = newId();
    insertNote(ctx.db, { ...newRecordMeta(ctx, id), candidateId, date, text, authorId: ctx.actor.id, authorName: ctx.actor.name });
    writeAudit(ctx, {
      entity: 'candidates',
      entityId: candidateId,
      action: 'update',
      changes: [{ field: 'notaColloquio', before: null, after: `${date}: ${text}` }],
    });
    reindexCandidate(ctx, candidateId);
    return toNote(noteById(ctx.db).get({ id })!);
  });
}

/** The author may take a note back; a coordinator may remove anyone's. */
export function deleteNote(ctx: WriteCtx, noteId: string, mayRemoveOthers: boolean): void {
  ctx.db.transaction(() => {
    const note = ctx.db.select().from(candidateNotes).where(eq(candidateNotes.id, noteId)).get();
    if (!note || note.deletedAt) throw new AppError('NOT_FOUND', 'Nota non trovata.');
    if (note.authorId !== ctx.actor.id && !mayRemoveOthers) {
      throw new AppError('FORBIDDEN', 'Puoi eliminare solo le note che hai scritto tu.');
    }
    ctx.db
      .update(candidateNotes)
      .set({ deletedAt: ctx.now().toISOString(), ...touchedMeta(ctx) })
      .where(eq(candidateNotes.id, noteId))
      .run();
    writeAudit(ctx, {
      entity: 'candidates',
      entityId: note.candidateId,
      action: 'update',
      changes: [{ field: 'notaColloquio', before: `${note.date}: ${note.text}`, after: null }],
    });
    reindexCandidate(ctx, note.candidateId);
  });
}
