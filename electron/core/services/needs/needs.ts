/** Needs (fabbisogni): create, edit, move through their statuses, soft delete; all audited. */
import { assertSameVersion } from '../stale-version';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import { needFields, type Need, type NeedData, type NeedStatus } from '@shared/api/needs';
import { quotaOn } from '@shared/rules/quota-basis';
import { needTransitionProblem } from '@shared/rules/need-lifecycle';
import { sortKey } from '@shared/validation/text';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import type { Db } from '../../db/connection';
import { preparedInsert, preparedPerConnection, preparedUpdateById } from '../../db/prepared';
import { associationSites, associations, internships, needEvents, needs, operators } from '../../db/schema';
import { newId } from '../../ids';
import { diffFields, writeAudit } from '../audit/audit-log';
import { writeFtsDocument } from '../../search/fts-document';
import { needSearchBody } from './search-index';
import { matchCounts, proposalSummary } from '../matches/counts';
import { quotaBasisOf } from '../associations/quota-basis';

export type NeedRecord = typeof needs.$inferSelect;

// Read by every write to a need and by every reading of one: compiled once per connection (issue 17).
const needById = preparedPerConnection((db) => db.select().from(needs).where(eq(needs.id, sql.placeholder('id'))).prepare());
const associationById = preparedPerConnection((db) => db.select().from(associations).where(eq(associations.id, sql.placeholder('id'))).prepare());
const siteById = preparedPerConnection((db) => db.select().from(associationSites).where(eq(associationSites.id, sql.placeholder('id'))).prepare());
const operatorNameById = preparedPerConnection((db) => db.select({ n: operators.fullName }).from(operators).where(eq(operators.id, sql.placeholder('id'))).prepare());
const insertNeed = preparedInsert(needs);
const insertNeedEvent = preparedInsert(needEvents);
const updateNeedById = preparedUpdateById(needs);
const liveAssociationState = preparedPerConnection((db) =>
  db.select({ deletedAt: associations.deletedAt }).from(associations).where(eq(associations.id, sql.placeholder('id'))).prepare(),
);
const liveSiteOf = preparedPerConnection((db) =>
  db
    .select({ id: associationSites.id })
    .from(associationSites)
    .where(and(eq(associationSites.id, sql.placeholder('siteId')), eq(associationSites.associationId, sql.placeholder('associationId')), isNull(associationSites.deletedAt)))
    .prepare(),
);
/** Interns hosted now (running or suspended): at one site, at the registered office, or in the whole association. */
const hostedCount = (where: 'site' | 'office' | 'association') =>
  preparedPerConnection((db) =>
    db
      .select({ n: sql<number>`count(*)` })
      .from(internships)
      .where(
        and(
          eq(internships.associationId, sql.placeholder('associationId')),
          isNull(internships.deletedAt),
          inArray(internships.status, ['attivo', 'sospeso']),
          where === 'site' ? eq(internships.operatingSiteId, sql.placeholder('siteId')) : where === 'office' ? isNull(internships.operatingSiteId) : undefined,
        ),
      )
      .prepare(),
  );
const HOSTED = { site: hostedCount('site'), office: hostedCount('office'), association: hostedCount('association') };
const eventsOf = preparedPerConnection((db) =>
  db.select().from(needEvents).where(eq(needEvents.needId, sql.placeholder('id'))).orderBy(asc(needEvents.at), asc(needEvents.hlc)).prepare(),
);

function findNeed(db: Db, id: string): NeedRecord | null {
  return needById(db).get({ id }) ?? null;
}

export function requireNeed(ctx: ReadCtx, id: string): NeedRecord {
  const row = findNeed(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Fabbisogno non trovato: potrebbe essere stato eliminato definitivamente.');
  return row;
}

/** The form fields of a stored need (parsed back through the same schema the form uses). */
function needData(row: NeedRecord): NeedData {
  return needFields.parse(row);
}

/** The association and the place of the work: the operating site's, or the registered office's. */
function placeOf(db: Db, row: { associationId: string; operatingSiteId: string | null }) {
  const association = associationById(db).get({ id: row.associationId });
  if (!association) throw new AppError('NOT_FOUND', 'Associazione del fabbisogno non trovata.');
  const site = row.operatingSiteId ? siteById(db).get({ id: row.operatingSiteId }) : undefined;
  return { association, comune: site?.comune ?? association.comune, province: site?.province ?? association.province };
}

/**
 * Interns the association hosts today (files running or suspended) where the quota counts them:
 * at the need's site (null: the registered office), as the internship checker does; at every site
 * under the protocol exception, whose one intern is the association's.
 */
function hostedNow(db: Db, associationId: string, operatingSiteId: string | null, wholeAssociation: boolean): number {
  if (wholeAssociation) return HOSTED.association(db).get({ associationId })!.n;
  if (operatingSiteId) return HOSTED.site(db).get({ associationId, siteId: operatingSiteId })!.n;
  return HOSTED.office(db).get({ associationId })!.n;
}

export function getNeed(ctx: ReadCtx, id: string): Need {
  const { db } = ctx;
  const row = requireNeed(ctx, id);
  const { association, comune, province } = placeOf(db, row);
  const operatorName = row.operatorId ? (operatorNameById(db).get({ id: row.operatorId })?.n ?? null) : null;
  const events = eventsOf(db)
    .all({ id })
    .map((e) => ({ id: e.id, at: e.at, from: e.fromStatus as NeedStatus | null, to: e.toStatus as NeedStatus, note: e.note, operatorName: e.operatorName }));
  // The site's own headcount when it has one (`quotaBasisOf`, the same basis the internship checker uses).
  const basis = quotaBasisOf(ctx, row.associationId, row.operatingSiteId);
  const quota = quotaOn(basis);
  const { titleSort: _t, searchRowid: _s, ...fields } = row;
  return {
    ...fields,
    ...needData(row),
    categoriesHidden: false,
    status: row.status as NeedStatus,
    associationName: association.name,
    operatorName,
    comune,
    province,
    events,
    capacity: { employees: basis.employees, hostedNow: hostedNow(db, row.associationId, row.operatingSiteId, basis.wholeAssociation), ...quota },
    proposals: proposalSummary(ctx, id),
  };
}

function assertPlace(db: Db, data: NeedData): void {
  const association = liveAssociationState(db).get({ id: data.associationId });
  if (!association || association.deletedAt) {
    throw new AppError('VALIDATION', 'L’associazione scelta non esiste più.', [{ path: 'associationId', message: 'Scegli un’associazione attiva' }]);
  }
  if (data.operatingSiteId) {
    const site = liveSiteOf(db).get({ siteId: data.operatingSiteId, associationId: data.associationId });
    if (!site) throw new AppError('VALIDATION', 'La sede scelta non è una sede di questa associazione.', [{ path: 'operatingSiteId', message: 'Scegli una sede dell’associazione' }]);
  }
}

/** Rewrites the record’s search document (an import writes the same one through exchange/reindex.ts). */
function reindexNeed(ctx: WriteCtx, id: string): void {
  const row = findNeed(ctx.db, id)!;
  const { association, comune } = placeOf(ctx.db, row);
  const rowid = writeFtsDocument(ctx, 'needs_fts', row.searchRowid, needSearchBody(row, association, comune));
  if (rowid !== row.searchRowid) updateNeedById(ctx.db, id, { searchRowid: rowid });
}

function addEvent(ctx: WriteCtx, needId: string, from: NeedStatus | null, to: NeedStatus, note: string | null): void {
  insertNeedEvent(ctx.db, { ...newRecordMeta(ctx, newId()), needId, at: ctx.now().toISOString(), fromStatus: from, toStatus: to, note, operatorName: ctx.actor.name });
}

export function createNeed(ctx: WriteCtx, data: NeedData): Need {
  return ctx.db.transaction(() => {
    assertPlace(ctx.db, data);
    const id = newId();
    insertNeed(ctx.db, { ...newRecordMeta(ctx, id), ...data, titleSort: sortKey(data.title), status: 'nuovo', statusChangedOn: data.receivedOn, searchRowid: null });
    addEvent(ctx, id, null, 'nuovo', null);
    reindexNeed(ctx, id);
    writeAudit(ctx, { entity: 'needs', entityId: id, action: 'create', changes: diffFields(null, { ...needData(findNeed(ctx.db, id)!), status: 'nuovo' }) });
    return getNeed(ctx, id);
  });
}

function assertCurrent(row: NeedRecord, expectedHlc: string): void {
  if (row.deletedAt) throw new AppError('CONFLICT', 'Il fabbisogno è stato eliminato: ripristinalo prima di modificarlo.');
  assertSameVersion(row.hlc, expectedHlc, 'questo fabbisogno', 'form');
}

export function updateNeed(ctx: WriteCtx, id: string, expectedHlc: string, data: NeedData): Need {
  return ctx.db.transaction(() => {
    const row = requireNeed(ctx, id);
    assertCurrent(row, expectedHlc);
    const changes = diffFields(needData(row), data);
    if (changes.length === 0) return getNeed(ctx, id);
    assertPlace(ctx.db, data);
    const accepted = matchCounts(ctx, id).acceptedMatches;
    if (data.positions < accepted) {
      const message = `Ci sono già ${accepted} candidati accettati: i posti non possono essere meno di ${accepted}.`;
      throw new AppError('VALIDATION', message, [{ path: 'positions', message }]);
    }
    ctx.db.update(needs).set({ ...data, titleSort: sortKey(data.title), ...touchedMeta(ctx) }).where(eq(needs.id, id)).run();
    reindexNeed(ctx, id);
    writeAudit(ctx, { entity: 'needs', entityId: id, action: 'update', changes });
    return getNeed(ctx, id);
  });
}

/**
 * Moves a need to another status if the lifecycle allows it, counting its real proposals; the
 * move is dated, on the timeline and audited. Called inside the caller's transaction.
 */
export function moveNeedStatus(ctx: WriteCtx, row: NeedRecord, to: NeedStatus, note: string | null): void {
  const from = row.status as NeedStatus;
  const problem = needTransitionProblem(from, to, matchCounts(ctx, row.id));
  if (problem) throw new AppError('CONFLICT', problem, [{ path: 'to', message: problem }]);
  updateNeedById(ctx.db, row.id, { status: to, statusChangedOn: ctx.today(), ...touchedMeta(ctx) });
  addEvent(ctx, row.id, from, to, note);
  writeAudit(ctx, { entity: 'needs', entityId: row.id, action: 'update', changes: [{ field: 'status', before: from, after: to }] });
}

export function transitionNeed(ctx: WriteCtx, id: string, expectedHlc: string, to: NeedStatus, note: string | null): Need {
  return ctx.db.transaction(() => {
    const row = requireNeed(ctx, id);
    assertCurrent(row, expectedHlc);
    moveNeedStatus(ctx, row, to, note);
    return getNeed(ctx, id);
  });
}

function setDeleted(ctx: WriteCtx, id: string, deleted: boolean): Need {
  return ctx.db.transaction(() => {
    const row = requireNeed(ctx, id);
    if (Boolean(row.deletedAt) === deleted) return getNeed(ctx, id);
    if (deleted) assertNoOpenFile(ctx.db, id);
    const deletedAt = deleted ? ctx.now().toISOString() : null;
    ctx.db.update(needs).set({ deletedAt, ...touchedMeta(ctx) }).where(eq(needs.id, id)).run();
    writeAudit(ctx, { entity: 'needs', entityId: id, action: deleted ? 'delete' : 'restore', changes: [{ field: 'deletedAt', before: row.deletedAt, after: deletedAt }] });
    return getNeed(ctx, id);
  });
}

/** A need an internship file still answers (draft to running) is not deleted: the file would point at nothing. */
function assertNoOpenFile(db: Db, needId: string): void {
  const file = db
    .select({ number: internships.number })
    .from(internships)
    .where(and(eq(internships.needId, needId), isNull(internships.deletedAt), inArray(internships.status, ['bozza', 'in_firma', 'attivo', 'sospeso'])))
    .get();
  if (file) throw new AppError('CONFLICT', `Il fabbisogno è collegato alla pratica di tirocinio ${file.number}, ancora aperta: non si elimina. Chiudilo come «coperto» o «chiuso senza esito».`);
}

export const deleteNeed = (ctx: WriteCtx, id: string) => setDeleted(ctx, id, true);
export const restoreNeed = (ctx: WriteCtx, id: string) => setDeleted(ctx, id, false);
