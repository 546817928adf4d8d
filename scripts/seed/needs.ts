/**
 * Needs (fabbisogni) and proposals (abbinamenti), written through the same service functions the
 * handlers call, so every need has its timeline, search document and audit entries and every
 * move obeys the lifecycles in shared/rules. Each need gets a fate from its age (recent requests
 * are mostly new or in analysis, old ones mostly covered or closed), then the steps that lead
 * there are replayed at their own dates: analysis, proposals, interviews, answers, the closing.
 *
 * People are chosen for a need from an in-memory index of the active candidates by province and
 * skill (the ranking would score all 100,000 people for each of thousands of needs: minutes).
 */
import type { Faker } from '@faker-js/faker';
import { performance } from 'node:perf_hooks';
import type { LegalForm } from '@shared/api/associations';
import { TARGET_CATEGORIES } from '@shared/api/candidate-fields';
import { MATCH_STATUSES, type Match, type MatchStatus } from '@shared/api/matches';
import { NEED_STATUSES, needFields, type NeedInput, type NeedOffer, type NeedStatus } from '@shared/api/needs';
import { italianDate } from '@shared/validation/italian-time';
import { foldText } from '@shared/validation/text';
import { writeCtx, type Actor, type WriteCtx } from '../../electron/core/context';
import { proposeCandidates, transitionMatch } from '../../electron/core/services/matches/matches';
import { readMatchWeights } from '../../electron/core/services/matches/weights';
import { createNeed, requireNeed, transitionNeed } from '../../electron/core/services/needs/needs';
import { attempt, inBatches, type BaseContext, type Progress } from './fill';
import type { SeedActors } from './first-start';
import { INTERVIEW_PLACES, NEED_NOTES, NEED_ROLES, SCHEDULES, type NeedRole } from './need-roles';

const DAY = 86_400_000;

export interface NeedFillReport {
  created: number;
  refused: number;
  byStatus: Record<NeedStatus, number>;
  /** Needs with at least one proposal. */
  withMatches: number;
}

export interface MatchFillReport {
  created: number;
  /** Service calls refused (a proposal or a move the lifecycle did not allow): 0 when the plan is right. */
  refused: number;
  byStatus: Record<MatchStatus, number>;
}

/** Where a need ends up. `outcomes` are the final statuses of its proposals, if any. */
interface Plan {
  id: string;
  province: string | null;
  skills: string[];
  positions: number;
  actor: Actor;
  fate: NeedStatus;
  /** Went through "in analisi" before anything else. */
  analysed: boolean;
  outcomes: MatchStatus[];
  /** The need's last move in the first pass. */
  when: Date;
}

interface AssociationRow {
  id: string;
  legalForm: LegalForm;
  site: string | null;
}

function weighted<T>(faker: Faker, items: [T, number][]): T {
  return faker.helpers.weightedArrayElement(items.map(([value, weight]) => ({ value, weight })));
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** The status a need of this age has reached today, as a busy desk would show it. */
function fateFor(faker: Faker, ageDays: number): NeedStatus {
  if (ageDays < 21) return weighted(faker, [['nuovo', 60], ['in_analisi', 28], ['candidati_proposti', 12]]);
  if (ageDays < 90) {
    return weighted(faker, [['nuovo', 18], ['in_analisi', 34], ['candidati_proposti', 28], ['coperto', 10], ['chiuso_senza_esito', 5], ['annullato', 5]]);
  }
  return weighted(faker, [['nuovo', 14], ['in_analisi', 26], ['candidati_proposti', 10], ['coperto', 14], ['chiuso_senza_esito', 22], ['annullato', 14]]);
}

const REFUSED: [MatchStatus, number][] = [['rifiutato_ente', 40], ['rifiutato_candidato', 35], ['ritirato', 25]];

/** The final status of each proposal, consistent with the need's fate; empty when nobody is proposed. */
function outcomesFor(faker: Faker, fate: NeedStatus, positions: number): MatchStatus[] {
  const proposed = () => weighted(faker, [[1, 35], [2, 40], [3, 25]]);
  switch (fate) {
    case 'candidati_proposti': {
      const list = Array.from({ length: proposed() }, () =>
        weighted<MatchStatus>(faker, [['proposto', 45], ['colloquio_fissato', 30], ['rifiutato_ente', 8], ['rifiutato_candidato', 8], ['ritirato', 9]]),
      );
      // Still waiting for an answer: at least one proposal is open.
      if (!list.some((s) => s === 'proposto' || s === 'colloquio_fissato')) list[0] = 'proposto';
      return list;
    }
    case 'coperto': {
      const count = proposed();
      const accepted = Math.min(positions, count, count > 1 && faker.number.float() < 0.25 ? 2 : 1);
      return Array.from({ length: count }, (_, i) => (i < accepted ? 'accettato' : weighted(faker, REFUSED)));
    }
    case 'chiuso_senza_esito':
      // One closed need in five had proposals that all came to nothing.
      return faker.number.float() < 0.2 ? Array.from({ length: proposed() }, () => weighted(faker, REFUSED)) : [];
    case 'annullato':
      return faker.number.float() < 0.1 ? Array.from({ length: proposed() }, () => 'ritirato' as const) : [];
    default:
      return [];
  }
}

function needInputFor(faker: Faker, role: NeedRole, association: AssociationRow, received: Date, operatorId: string | null): NeedInput {
  const [main, ...others] = role.skills;
  const skills = [main, ...faker.helpers.arrayElements(others, { min: 0, max: Math.min(2, others.length) })];
  const receivedOn = italianDate(received);
  let periodFrom: string | null = null;
  let periodTo: string | null = null;
  if (role.summer) {
    const year = Number(receivedOn.slice(0, 4)) + (receivedOn.slice(5) > '06-10' ? 1 : 0);
    periodFrom = `${year}-06-${faker.helpers.arrayElement(['09', '16'])}`;
    periodTo = `${year}-${faker.helpers.arrayElement(['07-31', '08-01', '09-05'])}`;
  } else if (faker.number.float() < 0.7) {
    const from = new Date(received.getTime() + faker.number.int({ min: 14, max: 75 }) * DAY);
    periodFrom = italianDate(from);
    if (faker.number.float() < 0.5) periodTo = italianDate(new Date(from.getTime() + faker.helpers.arrayElement([3, 6, 6, 12]) * 30 * DAY));
  }
  const offers = new Set<NeedOffer>(['tirocinio']);
  for (const offer of role.offers ?? []) if (faker.number.float() < 0.35) offers.add(offer);
  if (faker.number.float() < 0.08) offers.delete('tirocinio');
  if (offers.size === 0) offers.add(role.offers?.[0] ?? 'contratto');
  const licence = role.licence && faker.number.float() < 0.7 ? role.licence : faker.number.float() < 0.06 ? 'B' : null;
  const education = role.education && faker.number.float() < 0.6 ? role.education : faker.number.float() < 0.1 ? 'media' : null;
  return {
    associationId: association.id,
    operatingSiteId: association.site && faker.number.float() < 0.4 ? association.site : null,
    title: role.title,
    tasks: faker.number.float() < 0.85 ? faker.helpers.arrayElement(role.tasks) : null,
    skills,
    educationLevel: education,
    licence,
    vehicleNeeded: licence !== null && faker.number.float() < 0.3,
    hoursPerWeek: faker.number.float() < 0.85 ? faker.number.int({ min: role.hours[0], max: role.hours[1] }) : null,
    shifts: faker.helpers.arrayElements(role.shifts, { min: 1, max: role.shifts.length }),
    schedule: faker.number.float() < 0.3 ? faker.helpers.arrayElement(SCHEDULES) : null,
    periodFrom,
    periodTo,
    positions: weighted(faker, [[1, 70], [2, 22], [3, 8]]),
    offers: [...offers],
    categories: faker.number.float() < 0.15 ? faker.helpers.arrayElements(TARGET_CATEGORIES, { min: 1, max: 2 }) : [],
    hostTutorAvailable: faker.number.float() < 0.7,
    receivedOn,
    operatorId,
    notes: faker.number.float() < 0.3 ? faker.helpers.arrayElement(NEED_NOTES) : null,
  };
}

function rolesFor(legalForm: LegalForm): [NeedRole, number][] {
  const list = NEED_ROLES.map((r): [NeedRole, number] => [r, r.forms[legalForm] ?? 0]).filter(([, w]) => w > 0);
  return list.length > 0 ? list : NEED_ROLES.map((r) => [r, 1]);
}

/** What `faker.helpers.arrayElement` would pick from the lists joined end to end (the same draw), without joining them. */
function elementOf(faker: Faker, lists: string[][], size: number): string {
  let index = size > 1 ? faker.number.int({ max: size - 1 }) : 0;
  for (const list of lists) {
    if (index < list.length) return list[index]!;
    index -= list.length;
  }
  throw new Error('elementOf: index past the lists');
}

/** Active people by province and folded skill, read once: proposals pick from here. */
class CandidatePool {
  private bySkill = new Map<string, string[]>();
  private byProvince = new Map<string, string[]>();
  private all: string[] = [];
  /** How many times each person was proposed in this run: a few at most, as at a real desk. */
  private uses = new Map<string, number>();

  constructor(ctx: BaseContext) {
    const rows = ctx.sqlite
      .prepare("SELECT id, res_province AS province, skills FROM candidates WHERE deleted_at IS NULL AND status = 'attivo' ORDER BY rowid")
      .all() as { id: string; province: string | null; skills: string }[];
    const push = (map: Map<string, string[]>, key: string, id: string) => {
      const list = map.get(key);
      if (list) list.push(id);
      else map.set(key, [id]);
    };
    for (const r of rows) {
      this.all.push(r.id);
      const province = r.province ?? '';
      push(this.byProvince, province, r.id);
      for (const skill of JSON.parse(r.skills) as string[]) push(this.bySkill, `${province}|${foldText(skill)}`, r.id);
    }
  }

  /** Up to `count` different people for a need: same province and one of its skills first, then the province, then anyone. */
  pick(faker: Faker, province: string | null, skills: string[], count: number): string[] {
    const key = province ?? '';
    // The skills' lists are not copied into one (at 1,000,000 people a list holds tens of thousands).
    const pools = [skills.map((s) => this.bySkill.get(`${key}|${foldText(s)}`) ?? []), [this.byProvince.get(key) ?? []], [this.all]];
    const chosen = new Set<string>();
    for (const pool of pools) {
      const size = pool.reduce((sum, list) => sum + list.length, 0);
      for (let tries = 0; tries < count * 4 && chosen.size < count && size > 0; tries++) {
        const id = elementOf(faker, pool, size);
        if (chosen.has(id) || (this.uses.get(id) ?? 0) >= 3) continue;
        chosen.add(id);
      }
      if (chosen.size >= count) break;
    }
    for (const id of chosen) this.uses.set(id, (this.uses.get(id) ?? 0) + 1);
    return [...chosen];
  }

  /** Accepted for a need: starting there, so not proposed again (and never accepted twice). */
  taken(id: string): void {
    this.uses.set(id, Number.POSITIVE_INFINITY);
  }
}

export interface NeedSeedOptions {
  count: number;
  today: Date;
  /** When the i-th need was received. */
  at: (i: number) => Date;
  /** Needs written per transaction (proposals: half as many needs, each with its proposals and their steps). */
  batchSize?: number;
}

export interface NeedSeedResult {
  needs: NeedFillReport;
  matches: MatchFillReport;
  seconds: { needs: number; matches: number };
}

/** 'YYYY-MM-DDTHH:mm' in Italy, at a round hour of the day `date` falls on. */
function interviewSlot(faker: Faker, date: Date): string {
  return `${italianDate(date)}T${String(faker.number.int({ min: 9, max: 18 })).padStart(2, '0')}:${faker.helpers.arrayElement(['00', '30'])}`;
}

export function fillNeedsAndMatches(
  base: BaseContext,
  faker: Faker,
  actors: SeedActors,
  options: NeedSeedOptions,
  /** Called as each phase starts: the needs, then the proposals. */
  progress: (phase: 'needs' | 'matches') => Progress,
): NeedSeedResult {
  const needsReport: NeedFillReport = { created: 0, refused: 0, byStatus: zeroes(NEED_STATUSES), withMatches: 0 };
  const matchesReport: MatchFillReport = { created: 0, refused: 0, byStatus: zeroes(MATCH_STATUSES) };
  const { today } = options;
  // Every step of a need's story happens by today, and a little after the one before.
  const later = (from: Date, minDays: number, maxDays: number) =>
    new Date(Math.min(today.getTime(), from.getTime() + faker.number.int({ min: minDays * 24, max: maxDays * 24 }) * 3_600_000));
  const ctxAt = (actor: Actor, at: Date): WriteCtx => writeCtx({ ...base, actor, now: () => at });
  // The reads between the steps: as of the seed's today, as the office's administrator.
  const reader = ctxAt(actors.admin, today);
  const hlcOf = (id: string) => requireNeed(reader, id).hlc;

  const associations = base.sqlite
    .prepare(
      `SELECT a.id, a.legal_form AS legalForm,
        (SELECT s.id FROM association_sites s WHERE s.association_id = a.id AND s.deleted_at IS NULL ORDER BY s.rowid LIMIT 1) AS site
       FROM associations a WHERE a.deleted_at IS NULL ORDER BY a.rowid`,
    )
    .all() as AssociationRow[];
  if (associations.length === 0 || options.count === 0) {
    return { needs: needsReport, matches: matchesReport, seconds: { needs: 0, matches: 0 } };
  }

  // First the needs, each taken as far as it goes without proposals.
  const needsStart = performance.now();
  const plans: Plan[] = [];
  inBatches(base, options.count, options.batchSize ?? 1000, (i) => {
    const received = options.at(i);
    const association = faker.helpers.arrayElement(associations);
    const role = weighted(faker, rolesFor(association.legalForm));
    const operator = faker.number.float() < 0.85 ? faker.helpers.arrayElement(actors.desk) : null;
    const actor = operator ?? actors.admin;
    const input = needInputFor(faker, role, association, received, operator?.id ?? null);
    const need = attempt(() => createNeed(ctxAt(actor, received), needFields.parse(input)));
    if (need === null) {
      needsReport.refused++;
      return;
    }
    needsReport.created++;
    const fate = fateFor(faker, (today.getTime() - received.getTime()) / DAY);
    const plan: Plan = {
      id: need.id, province: need.province, skills: need.skills, positions: need.positions, actor,
      fate, analysed: false, outcomes: outcomesFor(faker, fate, need.positions), when: received,
    };
    let status: NeedStatus = 'nuovo';
    let when = received;
    const move = (to: NeedStatus, note: string | null) => {
      when = later(when, 1, 10);
      if (attempt(() => transitionNeed(ctxAt(actor, when), need.id, hlcOf(need.id), to, note)) !== null) status = to;
      else needsReport.refused++;
    };
    // Analysis first for those who stay there or close without proposals, and for half of the others.
    const analyse = fate === 'in_analisi' || (plan.outcomes.length === 0 && fate === 'chiuso_senza_esito') || (fate !== 'nuovo' && faker.number.float() < 0.5);
    if (analyse) {
      move('in_analisi', faker.helpers.maybe(() => 'Contattata l’associazione per i dettagli', { probability: 0.3 }) ?? null);
      plan.analysed = true;
    }
    if (plan.outcomes.length === 0) {
      if (fate === 'chiuso_senza_esito') move('chiuso_senza_esito', faker.helpers.arrayElement(['Nessun candidato adatto in zona', 'L’associazione ha trovato una persona da sola', 'Periodo non più compatibile']));
      if (fate === 'annullato') move('annullato', faker.helpers.arrayElement(['Ritirata dall’associazione', 'Attività sospesa', 'Richiesta doppia']));
      needsReport.byStatus[status]++;
    }
    plan.when = when;
    plans.push(plan);
  }, progress('needs'));
  const needsSeconds = (performance.now() - needsStart) / 1000;

  // Then the proposals and what came of them, need by need.
  const matchesStart = performance.now();
  const pool = new CandidatePool(base);
  const weights = readMatchWeights(reader);
  const withMatches = plans.filter((p) => p.outcomes.length > 0);
  inBatches(base, withMatches.length, Math.max(1, Math.floor((options.batchSize ?? 1000) / 2)), (n) => {
    const plan = withMatches[n]!;
    const { actor } = plan;
    let status: NeedStatus = plan.analysed ? 'in_analisi' : 'nuovo';
    // A need still waiting today got its proposals in the last weeks; the others soon after arriving.
    let when = plan.fate === 'candidati_proposti'
      ? new Date(Math.max(later(plan.when, 2, 30).getTime(), today.getTime() - faker.number.int({ min: 5, max: 75 }) * DAY))
      : later(plan.when, 2, 30);
    const people = pool.pick(faker, plan.province, plan.skills, plan.outcomes.length);
    const proposed = people.length > 0 ? attempt(() => proposeCandidates(ctxAt(actor, when), plan.id, people, null, weights)) : null;
    if (proposed === null) {
      matchesReport.refused++;
      needsReport.byStatus[status]++;
      return;
    }
    status = 'candidati_proposti';
    needsReport.withMatches++;
    const decided: Date[] = [];
    proposed.forEach((match: Match, k) => {
      matchesReport.created++;
      const outcome = plan.outcomes[k]!;
      let current: Match = match;
      let at = when;
      const step = (to: MatchStatus, stepAt: Date, extra: { interviewAt?: string; interviewPlace?: string; note?: string } = {}) => {
        const moved = attempt(() =>
          transitionMatch(ctxAt(actor, stepAt), current.id, current.hlc, {
            to,
            interviewAt: extra.interviewAt ?? null,
            interviewPlace: extra.interviewPlace ?? null,
            note: extra.note ?? null,
          }),
        );
        if (moved === null) matchesReport.refused++;
        else current = moved;
      };
      // Interviews come before most answers; one still open today is fixed for the coming days.
      const interview = outcome === 'colloquio_fissato' || (outcome !== 'proposto' && outcome !== 'ritirato' && faker.number.float() < 0.7);
      if (interview) {
        const fixedAt = outcome === 'colloquio_fissato' ? new Date(Math.max(later(at, 1, 5).getTime(), today.getTime() - faker.number.int({ min: 0, max: 7 }) * DAY)) : later(at, 1, 5);
        const on = new Date(fixedAt.getTime() + faker.number.int({ min: 2, max: 12 }) * DAY);
        step('colloquio_fissato', fixedAt, { interviewAt: interviewSlot(faker, on), interviewPlace: faker.helpers.arrayElement(INTERVIEW_PLACES) });
        at = new Date(Math.min(today.getTime(), on.getTime() + faker.number.int({ min: 0, max: 3 }) * DAY));
      }
      if (outcome !== 'proposto' && outcome !== 'colloquio_fissato') {
        at = interview ? at : later(at, 3, 25);
        const note = outcome === 'accettato' ? 'Inizio concordato con l’associazione' : outcome === 'ritirato' ? 'Ritirato dallo sportello' : null;
        step(outcome, at, { note: note ?? undefined });
        decided.push(at);
        if (outcome === 'accettato' && current.status === 'accettato') pool.taken(current.candidateId);
      }
      matchesReport.byStatus[current.status]++;
    });
    // The need follows its proposals: covered by an acceptance, closed or cancelled when all came to nothing.
    if (plan.fate === 'coperto' || plan.fate === 'chiuso_senza_esito' || plan.fate === 'annullato') {
      when = later(new Date(Math.max(when.getTime(), ...decided.map((d) => d.getTime()))), 0, 3);
      const note = plan.fate === 'coperto' ? 'Tirocinio in avvio' : plan.fate === 'annullato' ? 'Ritirata dall’associazione' : 'Nessuna proposta andata a buon fine';
      if (attempt(() => transitionNeed(ctxAt(actor, when), plan.id, hlcOf(plan.id), plan.fate, note)) !== null) status = plan.fate;
      else needsReport.refused++;
    }
    needsReport.byStatus[status]++;
  }, progress('matches'));

  return {
    needs: needsReport,
    matches: matchesReport,
    seconds: { needs: needsSeconds, matches: (performance.now() - matchesStart) / 1000 },
  };
}
