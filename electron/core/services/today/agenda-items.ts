/**
 * The statements behind «Oggi» (issue 16): one per kind of item, each returning its first rows
 * soonest first and the count of all of them in the same statement, so the page costs one
 * statement per item whatever the office's size. Whose items they are is one condition
 * per record (`Scope`): a file's promoter tutor, a person's or a need's operator in charge.
 */
import { addDays, addMonths } from '@shared/rules/calendar';
import { formatItalianDate } from '@shared/validation/italian-time';
import type { AgendaEntry, AgendaKind } from '@shared/api/today';

/** Whose agenda: an operator's id, or null for the whole office. */
export interface Scope {
  operatorId: string | null;
}

export interface ItemQuery {
  kind: AgendaKind;
  sql: string;
  params: (today: string, scope: Scope) => Record<string, string | number | null>;
  entry: (row: Row, today: string) => AgendaEntry;
  /** A list that shows all of them, when one exists. */
  all: string | null;
}

export type Row = Record<string, string | number | null>;

const str = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
const day = (v: string | number | null | undefined) => formatItalianDate(str(v).slice(0, 10));
/** «entro il 14/12/2026», or how late it is. */
function dueText(due: string, today: string, what: string): string {
  if (due < today) return `${what}: scaduta il ${day(due)}`;
  if (due === today) return `${what}: entro oggi`;
  return `${what}: entro il ${day(due)}`;
}

const LIVE_FILE = 'i.deleted_at IS NULL';
const MY_FILE = '(@operatorId IS NULL OR i.promoter_tutor_id = @operatorId)';
const PERSON = "c.last_name || ' ' || c.first_name";
const FILE_LABEL = `i.number || ' · ' || ${PERSON}`;
const page = 'count(*) OVER () AS total';

const base = (today: string, scope: Scope) => ({ today, operatorId: scope.operatorId });

/*
 * The items that can count thousands of rows on a large desk (piemonte10: 1,232 interviews in a
 * week, 12,533 needs waiting) take their total from a count over a small partial index
 * (migration 0016) and their page from the same index in order, which stops after the first rows:
 * `count(*) OVER ()` would build every row first. INDEXED BY, because without statistics the
 * planner prefers the candidates' filters index and reads every profile of the status.
 */
const INTERVIEWS = `m.deleted_at IS NULL AND m.status = 'colloquio_fissato' AND m.interview_at >= @today AND m.interview_at < @horizon
  AND (@operatorId IS NULL OR EXISTS (SELECT 1 FROM needs o WHERE o.id = m.need_id AND o.operator_id = @operatorId)
    OR EXISTS (SELECT 1 FROM candidates o WHERE o.id = m.candidate_id AND o.operator_id = @operatorId))`;
const PERMITS = `c.deleted_at IS NULL AND c.permit_expiry IS NOT NULL AND c.permit_expiry >= @since AND c.permit_expiry <= @horizon
  AND c.status IN ('attivo', 'in_tirocinio', 'occupato') AND (@operatorId IS NULL OR c.operator_id = @operatorId)`;
const NO_NOTICE = `c.deleted_at IS NULL AND c.anonymised_at IS NULL AND c.privacy_notice_date IS NULL
  AND c.status IN ('attivo', 'in_tirocinio') AND (@operatorId IS NULL OR c.operator_id = @operatorId)`;
const STALE_NEEDS = `n.deleted_at IS NULL AND n.status IN ('nuovo', 'in_analisi') AND n.received_on <= @staleBefore
  AND NOT EXISTS (SELECT 1 FROM matches m WHERE m.need_id = n.id AND m.deleted_at IS NULL)
  AND (@operatorId IS NULL OR n.operator_id = @operatorId)`;

/** Last month's first and last day, and its 'YYYY-MM'. */
export function lastMonth(today: string): { first: string; last: string; month: string } {
  const first = addMonths(`${today.slice(0, 7)}-01`, -1);
  return { first, last: addDays(`${today.slice(0, 7)}-01`, -1), month: first.slice(0, 7) };
}

export const ITEM_QUERIES: ItemQuery[] = [
  {
    // The UNILAV is due by the day before the start (DOMAIN.md; the rule set's noticeDaysBeforeStart).
    kind: 'comunicazione-avvio',
    sql: `SELECT i.id, ${FILE_LABEL} AS label, i.start_date AS startDate, ${page}
      FROM internships i JOIN candidates c ON c.id = i.candidate_id
      WHERE ${LIVE_FILE} AND ${MY_FILE} AND i.status IN ('bozza', 'in_firma', 'attivo', 'sospeso')
        AND i.notice_date IS NULL AND i.start_date IS NOT NULL AND i.start_date <= @horizon
      ORDER BY i.start_date, i.number LIMIT @limit`,
    params: (today, scope) => ({ ...base(today, scope), horizon: addDays(today, 7) }),
    entry: (r, today) => {
      const due = addDays(str(r.startDate), -1);
      return { label: str(r.label), detail: `Avvio il ${day(r.startDate)} · ${dueText(due, today, 'comunicazione')}`, due, to: `/tirocini/${str(r.id)}` };
    },
    all: null,
  },
  {
    // An extension is told by the old end; an early end within 5 days of it (DOMAIN.md).
    kind: 'comunicazione-proroga-cessazione',
    sql: `SELECT * , ${page} FROM (
        SELECT i.id, ${FILE_LABEL} AS label, 'proroga' AS what, e.previous_end_date AS due, e.new_end_date AS other
        FROM internship_extensions e JOIN internships i ON i.id = e.internship_id JOIN candidates c ON c.id = i.candidate_id
        WHERE e.deleted_at IS NULL AND e.notice_date IS NULL AND ${LIVE_FILE} AND ${MY_FILE}
        UNION ALL
        SELECT i.id, ${FILE_LABEL}, 'cessazione', date(i.actual_end_date, '+5 days'), i.actual_end_date
        FROM internships i JOIN candidates c ON c.id = i.candidate_id
        WHERE ${LIVE_FILE} AND ${MY_FILE} AND i.status = 'interrotto' AND i.end_notice_date IS NULL AND i.actual_end_date IS NOT NULL
      ) ORDER BY due, label LIMIT @limit`,
    params: base,
    entry: (r, today) => ({
      label: str(r.label),
      detail:
        r.what === 'proroga'
          ? `Proroga al ${day(r.other)} · ${dueText(str(r.due), today, 'comunicazione')}`
          : `Interrotto il ${day(r.other)} · ${dueText(str(r.due), today, 'comunicazione di cessazione')}`,
      due: str(r.due),
      to: `/tirocini/${str(r.id)}?scheda=cronologia`,
    }),
    all: null,
  },
  {
    kind: 'colloqui',
    sql: `SELECT m.need_id AS needId, ${PERSON} AS person, n.title, m.interview_at AS at, m.interview_place AS place,
        (SELECT count(*) FROM matches m INDEXED BY matches_interview_idx WHERE ${INTERVIEWS}) AS total
      FROM matches m INDEXED BY matches_interview_idx JOIN candidates c ON c.id = m.candidate_id JOIN needs n ON n.id = m.need_id
      WHERE ${INTERVIEWS}
      ORDER BY m.interview_at LIMIT @limit`,
    params: (today, scope) => ({ ...base(today, scope), horizon: addDays(today, 7) }),
    entry: (r, today) => {
      const at = str(r.at);
      const when = at.slice(0, 10) === today ? `oggi alle ${at.slice(11, 16)}` : `${day(at)} alle ${at.slice(11, 16)}`;
      return { label: str(r.person), detail: `${str(r.title)} · ${when}${r.place ? ` · ${str(r.place)}` : ''}`, due: at.slice(0, 10), to: `/fabbisogni/${str(r.needId)}` };
    },
    all: null,
  },
  {
    // The pack (convenzione and PFI) of a file in signature, not waived: its newest versions not all signed.
    kind: 'firme',
    sql: `SELECT i.id, ${FILE_LABEL} AS label, i.start_date AS startDate,
        (SELECT count(*) FROM documents d WHERE d.internship_id = i.id AND d.kind = 'convenzione' AND d.deleted_at IS NULL) AS conv,
        (SELECT count(*) FROM documents d WHERE d.internship_id = i.id AND d.kind = 'pfi' AND d.deleted_at IS NULL) AS pfi,
        ${page}
      FROM internships i JOIN candidates c ON c.id = i.candidate_id
      WHERE ${LIVE_FILE} AND ${MY_FILE} AND i.status = 'in_firma'
        AND NOT EXISTS (SELECT 1 FROM internship_waivers w WHERE w.internship_id = i.id AND w.rule_id = 'documenti-firmati' AND w.deleted_at IS NULL)
        AND 2 > (SELECT count(*) FROM documents d WHERE d.internship_id = i.id AND d.kind IN ('convenzione', 'pfi') AND d.deleted_at IS NULL
                   AND d.signed_sha256 IS NOT NULL
                   AND d.version = (SELECT max(d2.version) FROM documents d2 WHERE d2.internship_id = i.id AND d2.kind = d.kind AND d2.deleted_at IS NULL))
      ORDER BY coalesce(i.start_date, '9999'), i.number LIMIT @limit`,
    params: base,
    entry: (r) => ({
      label: str(r.label),
      detail: `${Number(r.conv) === 0 || Number(r.pfi) === 0 ? 'Convenzione e progetto formativo da preparare o firmare' : 'Convenzione o progetto formativo senza la copia firmata'}${r.startDate ? ` · avvio il ${day(r.startDate)}` : ''}`,
      due: r.startDate === null ? null : str(r.startDate),
      to: `/tirocini/${str(r.id)}?scheda=documenti`,
    }),
    all: '/tirocini?stato=in_firma',
  },
  {
    // Files running during last month without its hours: the register and the allowance wait for them.
    kind: 'presenze-da-inserire',
    sql: `SELECT i.id, ${FILE_LABEL} AS label, ${page}
      FROM internships i JOIN candidates c ON c.id = i.candidate_id
      WHERE ${LIVE_FILE} AND ${MY_FILE} AND i.status IN ('attivo', 'sospeso', 'concluso', 'interrotto')
        AND i.start_date <= @monthLast AND coalesce(i.actual_end_date, i.planned_end_date) >= @monthFirst
        AND NOT EXISTS (SELECT 1 FROM attendance_months a WHERE a.internship_id = i.id AND a.month = @month AND a.deleted_at IS NULL AND a.attended_centi_hours IS NOT NULL)
      ORDER BY i.number LIMIT @limit`,
    params: (today, scope) => {
      const m = lastMonth(today);
      return { ...base(today, scope), monthFirst: m.first, monthLast: m.last, month: m.month };
    },
    entry: (r, today) => ({ label: str(r.label), detail: `Ore di ${monthName(lastMonth(today).month)} da inserire`, due: null, to: `/tirocini/${str(r.id)}?scheda=presenze` }),
    all: null,
  },
  {
    kind: 'mesi-da-chiudere',
    sql: `SELECT i.id, ${FILE_LABEL} AS label, min(a.month) AS firstMonth, count(*) AS months, count(*) OVER () AS total
      FROM attendance_months a JOIN internships i ON i.id = a.internship_id JOIN candidates c ON c.id = i.candidate_id
      WHERE a.deleted_at IS NULL AND a.closed_at IS NULL AND a.attended_centi_hours IS NOT NULL AND a.month < @thisMonth AND ${LIVE_FILE} AND ${MY_FILE}
      GROUP BY i.id ORDER BY firstMonth, i.number LIMIT @limit`,
    params: (today, scope) => ({ ...base(today, scope), thisMonth: today.slice(0, 7) }),
    entry: (r) => ({
      label: str(r.label),
      detail: Number(r.months) === 1 ? `${capital(monthName(str(r.firstMonth)))} da chiudere` : `${str(r.months)} mesi da chiudere, dal ${monthName(str(r.firstMonth))}`,
      due: null,
      to: `/tirocini/${str(r.id)}?scheda=presenze`,
    }),
    all: null,
  },
  {
    kind: 'in-scadenza',
    sql: `SELECT i.id, ${FILE_LABEL} AS label, i.planned_end_date AS endDate, ${page}
      FROM internships i JOIN candidates c ON c.id = i.candidate_id
      WHERE ${LIVE_FILE} AND ${MY_FILE} AND i.status IN ('attivo', 'sospeso') AND i.planned_end_date >= @today AND i.planned_end_date <= @horizon
      ORDER BY i.planned_end_date, i.number LIMIT @limit`,
    params: (today, scope) => ({ ...base(today, scope), horizon: addDays(today, 30) }),
    entry: (r) => ({ label: str(r.label), detail: `Finisce il ${day(r.endDate)}: esito, attestazione o proroga`, due: str(r.endDate), to: `/tirocini/${str(r.id)}` }),
    all: null,
  },
  {
    kind: 'permessi',
    sql: `SELECT c.id, ${PERSON} AS label, c.permit_expiry AS expiry,
        (SELECT count(*) FROM candidates c INDEXED BY candidates_permit_idx WHERE ${PERMITS}) AS total
      FROM candidates c INDEXED BY candidates_permit_idx
      WHERE ${PERMITS}
      ORDER BY c.permit_expiry, c.name_sort LIMIT @limit`,
    params: (today, scope) => ({ ...base(today, scope), horizon: addDays(today, 60), since: addDays(today, -30) }),
    entry: (r, today) => ({
      label: str(r.label),
      detail: str(r.expiry) < today ? `Permesso di soggiorno scaduto il ${day(r.expiry)}` : `Permesso di soggiorno in scadenza il ${day(r.expiry)}`,
      due: str(r.expiry),
      to: `/candidati/${str(r.id)}?scheda=anagrafica`,
    }),
    all: null,
  },
  {
    // People the desk is working with: a proposal or a file needs the notice given first.
    kind: 'informativa',
    sql: `SELECT c.id, ${PERSON} AS label,
        (SELECT count(*) FROM candidates c INDEXED BY candidates_no_notice_idx WHERE ${NO_NOTICE}) AS total
      FROM candidates c INDEXED BY candidates_no_notice_idx
      WHERE ${NO_NOTICE}
      ORDER BY c.name_sort LIMIT @limit`,
    params: base,
    entry: (r) => ({ label: str(r.label), detail: 'Manca la data dell’informativa consegnata', due: null, to: `/candidati/${str(r.id)}?scheda=privacy` }),
    all: null,
  },
  {
    kind: 'fabbisogni-fermi',
    sql: `SELECT n.id, n.title || ' · ' || a.name AS label, n.received_on AS received,
        (SELECT count(*) FROM needs n INDEXED BY needs_waiting_idx WHERE ${STALE_NEEDS}) AS total
      FROM needs n INDEXED BY needs_waiting_idx JOIN associations a ON a.id = n.association_id
      WHERE ${STALE_NEEDS}
      ORDER BY n.received_on, n.title LIMIT @limit`,
    params: (today, scope) => ({ ...base(today, scope), staleBefore: addDays(today, -STALE_NEED_DAYS) }),
    // The day received is no deadline: no «in ritardo» mark, the list is already oldest first.
    entry: (r) => ({ label: str(r.label), detail: `Ricevuto il ${day(r.received)}, nessun candidato proposto`, due: null, to: `/fabbisogni/${str(r.id)}/candidati` }),
    all: null,
  },
];

/** A need with no proposal after this many days is «fermo». */
export const STALE_NEED_DAYS = 14;

const MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
function monthName(yyyyMm: string): string {
  return `${MONTHS[Number(yyyyMm.slice(5, 7)) - 1] ?? yyyyMm} ${yyyyMm.slice(0, 4)}`;
}
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
