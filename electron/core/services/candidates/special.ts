/**
 * Special-category data (art. 9 GDPR): health, disability, care by social services. Kept in
 * their own table so ordinary reads never carry them; every read is written to the audit log.
 */
import { eq, sql } from 'drizzle-orm';
import type { CandidateSpecial, CandidateSpecialData } from '@shared/api/candidates';
import { AppError } from '@shared/api/errors';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { preparedPerConnection } from '../../db/prepared';
import { candidateSpecial } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { assertWritable, requireCandidate } from './record';

type SpecialRecord = typeof candidateSpecial.$inferSelect;

const EMPTY: CandidateSpecialData = {
  disabilityPercent: null,
  healthNotes: null,
  socialServicesCare: false,
  socialServicesNotes: null,
};

const specialOf = preparedPerConnection((db) =>
  db.select().from(candidateSpecial).where(eq(candidateSpecial.candidateId, sql.placeholder('candidateId'))).prepare(),
);

export function findSpecial(ctx: ReadCtx, candidateId: string): SpecialRecord | null {
  return specialOf(ctx.db).get({ candidateId }) ?? null;
}

/** Art. 9 GDPR: holding any of these needs a recorded legal basis; clearing them never does. */
export function hasContent(data: CandidateSpecialData): boolean {
  return data.disabilityPercent !== null || data.healthNotes !== null || data.socialServicesCare || data.socialServicesNotes !== null;
}

export function specialData(row: SpecialRecord | null): CandidateSpecialData {
  if (!row) return { ...EMPTY };
  return {
    disabilityPercent: row.disabilityPercent,
    healthNotes: row.healthNotes,
    socialServicesCare: row.socialServicesCare,
    socialServicesNotes: row.socialServicesNotes,
  };
}

function toSpecial(candidateId: string, row: SpecialRecord | null): CandidateSpecial {
  return { ...specialData(row), candidateId, hlc: row?.hlc ?? null, updatedAt: row?.updatedAt ?? null };
}

/**
 * The profile may not lose its legal basis while special data are held: the operator who
 * cannot see them would otherwise remove the reason the office may keep them.
 */
export function assertLegalBasisKept(ctx: ReadCtx, candidateId: string, legalBasis: string | null): void {
  if (legalBasis || !hasContent(specialData(findSpecial(ctx, candidateId)))) return;
  throw new AppError(
    'VALIDATION',
    'Questo profilo contiene dati particolari: la base giuridica non si può togliere. Chiedi a un coordinatore di cancellare prima quei dati.',
    [{ path: 'specialLegalBasis', message: 'Obbligatoria finché ci sono dati particolari' }],
  );
}

/** Reads the special data and records who looked, in the same transaction. */
export function viewSpecial(ctx: WriteCtx, candidateId: string): CandidateSpecial {
  return ctx.db.transaction(() => {
    requireCandidate(ctx, candidateId);
    const row = findSpecial(ctx, candidateId);
    writeAudit(ctx, { entity: 'candidate_special', entityId: candidateId, action: 'view', changes: [] });
    return toSpecial(candidateId, row);
  });
}

/** Inserts or updates the special data of a profile (used by the form and by merges). */
export function writeSpecial(ctx: WriteCtx, candidateId: string, row: SpecialRecord | null, data: CandidateSpecialData) {
  const changes = diffFields(specialData(row), data);
  if (changes.length === 0) return changes;
  if (row) {
    ctx.db.update(candidateSpecial).set({ ...data, ...touchedMeta(ctx) }).where(eq(candidateSpecial.id, row.id)).run();
  } else {
    ctx.db.insert(candidateSpecial).values({ ...newRecordMeta(ctx, newId()), candidateId, ...data }).run();
  }
  return changes;
}

export function updateSpecial(
  ctx: WriteCtx,
  candidateId: string,
  expectedHlc: string | null,
  data: CandidateSpecialData,
): CandidateSpecial {
  return ctx.db.transaction(() => {
    const candidate = requireCandidate(ctx, candidateId);
    assertWritable(candidate, 'modificarlo/a');
    const row = findSpecial(ctx, candidateId);
    if (!candidate.specialLegalBasis && hasContent(data)) {
      throw new AppError(
        'VALIDATION',
        'Prima di registrare dati particolari indica la base giuridica nel profilo (scheda Privacy).',
        [{ path: 'specialLegalBasis', message: 'Base giuridica per i dati particolari mancante' }],
      );
    }
    if ((row?.hlc ?? null) !== expectedHlc) {
      throw new AppError('CONFLICT', 'Nel frattempo un altro operatore ha modificato questi dati: riaprili per vedere la versione attuale.', undefined, {
        reason: 'stale',
      });
    }
    const changes = writeSpecial(ctx, candidateId, row, data);
    if (changes.length > 0) {
      writeAudit(ctx, { entity: 'candidate_special', entityId: candidateId, action: row ? 'update' : 'create', changes });
    }
    return toSpecial(candidateId, findSpecial(ctx, candidateId));
  });
}
