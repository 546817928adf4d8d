/**
 * Erasure by anonymisation (GDPR art. 17), decision 0025. Irreversible. The profile row stays, with
 * only what the statistics need (age band, sex, target category, education level, province,
 * employment condition, the files' outcomes); everything that tells who the person is goes:
 * names, codes, contacts, addresses, birth place and day, notes and free texts, interview notes,
 * special data, attachments and document files (deleted from disk), the search document, the
 * erased values in the history, and the copies of the profile kept by the regional exchange.
 *
 * Refused while a file of the person is running, or while the documents of a concluded file must
 * still be kept (settings › privacy, «Conservazione delle pratiche di tirocinio»).
 */
import { AppError } from '@shared/api/errors';
import type { ErasureGround } from '@shared/api/privacy';
import type { InternshipStatus } from '@shared/rules/internship-lifecycle';
import { foldText, sortKey } from '@shared/validation/text';
import type { WriteCtx } from '../../context';
import { touchedMeta } from '../../context';
import { decodeChanges, encodeChanges } from '../audit/changes-codec';
import { ATTACHMENTS_FOLDER, discardStoredFile, storedPath } from '../../files/stored-files';
import { writeAudit, type ChangeValue } from '../audit/audit-log';
import { requireCandidate } from '../candidates/record';
import { readPrivacySettings } from '../settings/site';
import { personIds } from './access';
import { erasureBlockFor } from './retention';

/** What replaces an erased value in the history. */
export const ERASED = '[anonimizzato]';
/**
 * What an anonymised profile is called: lists print «surname name», so they read «Profilo anonimizzato».
 * Both must stay valid for the profile's schema (a name is required).
 */
export const ANONYMISED_LAST_NAME = 'Profilo';
export const ANONYMISED_FIRST_NAME = 'anonimizzato';
/** A provisional (11-digit) code with a valid check digit: the schema requires a code, and it names nobody. */
export const ANONYMISED_TAX_CODE = '00000000000';

/** The erasure's own history line: why, never what was erased. */
const ERASURE_NOTE: Record<ErasureGround, string> = {
  richiesta: 'Dati personali cancellati (art. 17 GDPR): restano solo i dati statistici',
  conservazione: 'Dati personali cancellati alla fine del periodo di conservazione (art. 5 GDPR, «Da rivedere»): restano solo i dati statistici',
};

/** Profile fields kept for the statistics: their values stay in the history too. */
const KEPT_FIELDS = new Set(['sex', 'targetCategory', 'educationLevel', 'resProvince', 'employmentStatus', 'status', 'deletedAt', 'mergedInto', 'operatorId', 'accessoDati', 'anonimizzazione']);

/** 1987 → 1985: the first year of the person's five-year band, all the birth date keeps. */
export function birthYearBand(birthDate: string): string {
  const year = Number(birthDate.slice(0, 4));
  return `${year - (year % 5)}-01-01`;
}

interface FileRow {
  id: string;
  number: string;
  status: InternshipStatus;
  endDate: string | null;
  deletedAt: string | null;
}

/** Why the person cannot be erased yet, in Italian; null when nothing stands in the way (rules in retention.ts). */
export function erasureBlock(ctx: WriteCtx, ids: readonly string[]): string | null {
  const files = ctx.sqlite
    .prepare(
      `SELECT id, number, status, coalesce(actual_end_date, planned_end_date, status_changed_on) AS endDate, deleted_at AS deletedAt
       FROM internships WHERE candidate_id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as FileRow[];
  return erasureBlockFor(
    files.filter((f) => !f.deletedAt),
    readPrivacySettings(ctx).retention.internshipYears,
    ctx.today(),
  );
}

/** A history value with the erased words taken out; kept fields and empty values as they are. */
function eraseValue(value: ChangeValue, field: string, wholeField: boolean, words: readonly string[]): ChangeValue {
  if (value === null || typeof value === 'boolean' || KEPT_FIELDS.has(field)) return value;
  if (wholeField) return ERASED;
  const folded = foldText(String(value));
  return words.some((w) => w.length >= 3 && folded.includes(w)) ? ERASED : value;
}

/**
 * Rewrites the history about the person: every value of the profile and of the special data (but
 * the kept statistics), and in the files' and proposals' history the free texts and anything
 * naming the person (a document's file name carries the surname).
 */
function eraseHistory(ctx: WriteCtx, ids: readonly string[], others: readonly string[], words: readonly string[]): void {
  const inIds = ids.map(() => '?').join(', ');
  const inOthers = others.length > 0 ? others.map(() => '?').join(', ') : "''";
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, entity, changes FROM audit_log
       WHERE (entity IN ('candidates', 'candidate_special') AND entity_id IN (${inIds})) OR (entity IN ('internships', 'matches') AND entity_id IN (${inOthers}))`,
    )
    .all(...ids, ...others) as { id: string; entity: string; changes: string }[];
  const update = ctx.sqlite.prepare('UPDATE audit_log SET changes = ? WHERE id = ?');
  const FREE_TEXT = new Set(['notes', 'note', 'interruptionReason', 'reason']);
  for (const row of rows) {
    const profile = row.entity === 'candidates' || row.entity === 'candidate_special';
    const changes = decodeChanges('audit_log.changes', row.changes).map((c) => {
      const whole = profile || FREE_TEXT.has(c.field);
      return { field: c.field, before: eraseValue(c.before, c.field, whole, words), after: eraseValue(c.after, c.field, whole, words) };
    });
    const text = encodeChanges(changes);
    if (text !== row.changes) update.run(text, row.id);
  }
}

/** Erases one profile row (the chosen one, or one merged into it); returns the files to delete. */
function eraseProfile(ctx: WriteCtx, id: string, at: string): string[] {
  const row = requireCandidate(ctx, id);
  const files: string[] = [];
  ctx.sqlite
    .prepare(
      `UPDATE candidates SET first_name = @firstName, last_name = @lastName, name_sort = @nameSort, tax_code = @taxCode, birth_date = @birth,
         birth_place_code = NULL, birth_place = NULL, citizenship = NULL, permit_type = NULL, permit_expiry = NULL,
         res_address = NULL, res_cap = NULL, res_comune = NULL, res_comune_sort = NULL, domicile_same = 1,
         dom_address = NULL, dom_cap = NULL, dom_comune = NULL, dom_province = NULL, phone = NULL, email = NULL,
         did_date = NULL, cpi = NULL, education_title = NULL, education_year = NULL,
         experiences = '[]', skills = '[]', languages = '[]', driving_licences = '[]', own_vehicle = 0, hours_per_week = NULL,
         shifts = '[]', availability_area = NULL, available_from = NULL, privacy_notice_date = NULL, privacy_notice_version = NULL,
         special_legal_basis = NULL, consent_contact = 0, consent_date = NULL, status = 'archiviato', notes = NULL,
         duplicate_key = @duplicateKey, search_rowid = NULL, anonymised_at = @at
       WHERE id = @id`,
    )
    .run({ id, firstName: ANONYMISED_FIRST_NAME, lastName: ANONYMISED_LAST_NAME, taxCode: ANONYMISED_TAX_CODE, nameSort: sortKey(`${ANONYMISED_LAST_NAME} ${ANONYMISED_FIRST_NAME}`), birth: birthYearBand(row.birthDate), duplicateKey: `anonimo:${id}`, at });
  const meta = touchedMeta(ctx);
  ctx.sqlite.prepare('UPDATE candidates SET updated_at = ?, updated_by = ?, hlc = ? WHERE id = ?').run(meta.updatedAt, meta.updatedBy, meta.hlc, id);
  // Out of the search: the document is deleted, not rewritten with neutral words.
  if (row.searchRowid !== null) ctx.sqlite.prepare('DELETE FROM candidates_fts WHERE rowid = ?').run(row.searchRowid);

  // Special data, interview notes: tombstones without content, so a regional merge deletes them too.
  ctx.sqlite
    .prepare(`UPDATE candidate_special SET disability_percent = NULL, health_notes = NULL, social_services_care = 0, social_services_notes = NULL, deleted_at = coalesce(deleted_at, ?), updated_at = ?, updated_by = ?, hlc = ? WHERE candidate_id = ?`)
    .run(at, meta.updatedAt, meta.updatedBy, ctx.clock.now(), id);
  ctx.sqlite
    .prepare(`UPDATE candidate_notes SET text = ?, author_name = ?, deleted_at = coalesce(deleted_at, ?), updated_at = ?, updated_by = ?, hlc = ? WHERE candidate_id = ?`)
    .run(ERASED, ERASED, at, meta.updatedAt, meta.updatedBy, ctx.clock.now(), id);
  // Attachments: the files go; the rows too, since a row without its file would be reported missing by every backup.
  const attachments = ctx.sqlite.prepare('SELECT stored_name AS name FROM candidate_attachments WHERE candidate_id = ?').all(id) as { name: string }[];
  files.push(...attachments.map((a) => storedPath(ATTACHMENTS_FOLDER, a.name)));
  ctx.sqlite.prepare('DELETE FROM candidate_attachments WHERE candidate_id = ?').run(id);
  return files;
}

/**
 * Anonymises the person: checks the surname typed as confirmation and the blocks, erases in one
 * transaction, then deletes the files from disk (after the commit: a failed erasure keeps them).
 */
export function anonymisePerson(ctx: WriteCtx, id: string, confirmLastName: string, ground: ErasureGround = 'richiesta'): { anonymisedAt: string } {
  const files: string[] = [];
  const at = ctx.now().toISOString();
  ctx.db.transaction(() => {
    const row = requireCandidate(ctx, id);
    if (row.anonymisedAt) throw new AppError('CONFLICT', 'Questo profilo è già stato anonimizzato.');
    if (row.mergedInto) throw new AppError('CONFLICT', 'Questo profilo è stato unito a un altro: anonimizza il profilo che lo ha assorbito.');
    if (foldText(confirmLastName).trim() !== foldText(row.lastName).trim()) {
      throw new AppError('VALIDATION', 'Il cognome scritto non corrisponde: nulla è stato cancellato.', [
        { path: 'confirmLastName', message: `Scrivi il cognome della persona (${row.lastName}) per confermare` },
      ]);
    }
    const ids = personIds(ctx, id);
    const block = erasureBlock(ctx, ids);
    if (block) throw new AppError('CONFLICT', block);

    const people = ids.map((pid) => requireCandidate(ctx, pid));
    const words = [...new Set(people.flatMap((p) => [p.firstName, p.lastName, p.taxCode, ...p.lastName.split(/\s+/)]).map((w) => foldText(w).trim()).filter(Boolean))];
    const inIds = ids.map(() => '?').join(', ');
    const internshipIds = (ctx.sqlite.prepare(`SELECT id FROM internships WHERE candidate_id IN (${inIds})`).all(...ids) as { id: string }[]).map((r) => r.id);
    const matchIds = (ctx.sqlite.prepare(`SELECT id FROM matches WHERE candidate_id IN (${inIds})`).all(...ids) as { id: string }[]).map((r) => r.id);
    eraseHistory(ctx, ids, [...internshipIds, ...matchIds], words);

    for (const pid of ids) files.push(...eraseProfile(ctx, pid, at));

    // The files' documents: past their retention (checked above), so the files go, rows with them.
    const documents = ctx.sqlite
      .prepare(`SELECT stored_path AS path, signed_stored_path AS signedPath FROM documents WHERE candidate_id IN (${inIds})`)
      .all(...ids) as { path: string; signedPath: string | null }[];
    for (const d of documents) files.push(d.path, ...(d.signedPath ? [d.signedPath] : []));
    ctx.sqlite.prepare(`DELETE FROM documents WHERE candidate_id IN (${inIds})`).run(...ids);

    // Free texts of the files and proposals; the outcomes, dates and hosts stay for the statistics.
    const inFiles = internshipIds.length > 0 ? internshipIds.map(() => '?').join(', ') : "''";
    ctx.sqlite.prepare(`UPDATE internships SET notes = NULL, interruption_reason = NULL WHERE id IN (${inFiles})`).run(...internshipIds);
    ctx.sqlite.prepare(`UPDATE internship_events SET note = NULL WHERE internship_id IN (${inFiles})`).run(...internshipIds);
    ctx.sqlite.prepare(`UPDATE internship_suspensions SET note = NULL WHERE internship_id IN (${inFiles})`).run(...internshipIds);
    ctx.sqlite.prepare(`UPDATE internship_extensions SET reason = NULL WHERE internship_id IN (${inFiles})`).run(...internshipIds);
    const inMatches = matchIds.length > 0 ? matchIds.map(() => '?').join(', ') : "''";
    ctx.sqlite.prepare(`UPDATE matches SET notes = NULL, interview_place = NULL WHERE id IN (${inMatches})`).run(...matchIds);
    ctx.sqlite.prepare(`UPDATE match_events SET note = NULL WHERE match_id IN (${inMatches})`).run(...matchIds);

    // Whole rows of the profile kept by the regional exchange (losing versions, waiting ones).
    for (const table of ['exchange_versions', 'exchange_pending']) {
      ctx.sqlite.prepare(`DELETE FROM ${table} WHERE table_name IN ('candidates', 'candidate_special', 'candidate_notes', 'candidate_attachments') AND (record_id IN (${inIds}) OR row LIKE ?)`).run(...ids, `%${id}%`);
    }

    writeAudit(ctx, {
      entity: 'candidates',
      entityId: id,
      action: 'update',
      changes: [{ field: 'anonimizzazione', before: null, after: ERASURE_NOTE[ground] }],
    });
  });
  for (const file of files) discardStoredFile(ctx.dataDir, file);
  return { anonymisedAt: at };
}
