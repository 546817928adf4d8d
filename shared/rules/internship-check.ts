/**
 * The regional rules checked on an internship file: pure, so the form shows the findings live as
 * the operator types and the core runs the very same check before saving or moving the file.
 * Each finding says which rule it comes from, whether it blocks, and whether a coordinator may
 * waive it with a written reason.
 */
import { formatCents } from '../format/money';
import { formatItalianDate } from '../validation/italian-time';
import type { TargetCategory } from '../domain/person';
import { minimumMonthlyAllowanceCents } from './allowance';
import { durationInMonths, endAfterSuspensions, plannedEnd, type Period } from './calendar';
import { weeklyHours, type WeeklySchedule } from './working-hours';
import { emptySiteWords, quotaOn, type QuotaWords } from './quota-basis';
import { noticeDeadline } from './internship-lifecycle';
import { ageOn, dayOfAge } from './person-age';
import { hostEligibilityProblem, portalReminder, priorWorkProblem, type HostDeclarations, type PriorWorkDeclaration } from './host-eligibility';
import { ruleApplies, RULE_LABELS, type InternshipRuleSet, type InternshipType, type RuleId } from './internship-rules';
import { count, plural } from '../text/plural';

export interface InternshipUnderCheck extends PriorWorkDeclaration {
  type: InternshipType;
  /** Null for data not saved yet (the form of a new file). */
  status: string | null;
  startDate: string | null;
  /** The planned end, extensions included. */
  plannedEndDate: string | null;
  /** Suspensions that do not count towards the maximum (and move the end). */
  suspensions: readonly Period[];
  schedule: WeeklySchedule | null;
  monthlyAllowanceCents: number | null;
  noticeDate: string | null;
  /** The «Portale Tirocini» reference. */
  portalReference: string | null;
  /** Interns the host already has at this operating site through other promoters (declared on the file). */
  hostOtherPromoterInterns: number | null;
}

export interface CheckContext {
  rules: InternshipRuleSet;
  /** The candidate's real target category (never the masked one). */
  category: TargetCategory | null;
  /**
   * The headcount the quota is decided on (the site's own when it has one, else the association's)
   * and its words: `shared/rules/quota-basis.ts`. `protocolHost`: the no-employee exception may apply.
   */
  host: QuotaWords & {
    /**
     * Other internships of ours overlapping this one's dates at the same operating site (the
     * national guidelines count per «unità operativa»); the whole association under the protocol
     * exception, which allows one intern at a time to the association.
     */
    otherInterns: number;
    /** Its dated eligibility declarations. */
    declarations: HostDeclarations;
  };
  /** Other internships the same host tutor follows over these dates. */
  tutorOtherInterns: number;
  /** Another internship of the same candidate over these dates, if any. */
  candidateOtherInternship: { label: string } | null;
  /** Another tirocinio (signed or later, whenever) of the same person at the same host, if any. */
  sameHostInternship: { label: string } | null;
  /** The person's birth date ('YYYY-MM-DD'), for the minimum age on the start date. */
  candidateBirthDate: string | null;
  /** 'YYYY-MM-DD' in Italy. */
  today: string;
}

export interface Finding {
  rule: RuleId;
  ruleLabel: string;
  severity: 'blocking' | 'warning';
  message: string;
  waivable: boolean;
  /** The form field the finding is about, to show it there. */
  field: string;
}

const months = (n: number) => count(n, 'mese', 'mesi');

/** Categories whose maximum is not known fall back to the shortest one, never a longer one. */
function maxMonths(rules: InternshipRuleSet, category: TargetCategory | null): number {
  return category ? rules.maxMonthsByCategory[category] : Math.min(...Object.values(rules.maxMonthsByCategory));
}

/**
 * Below the minimum length the only waiver is for a seasonal activity, down to
 * `seasonalMinMonths` (DOMAIN.md «Minimum duration»); shorter than that nothing can be waived.
 * The message gives the end to write, and says when a coordinator may waive.
 */
function belowMinimum(rules: InternshipRuleSet, startDate: string, length: number, limitEnd: (m: number) => string): { message: string; waivable: boolean } {
  const start = formatItalianDate(startDate);
  const plain = `Dura meno di ${months(rules.minMonths)}: con inizio il ${start} la fine deve essere almeno il ${formatItalianDate(limitEnd(rules.minMonths))}.`;
  const seasonal = rules.seasonalMinMonths;
  if (!rules.rules['durata-minima'].waivable || seasonal >= rules.minMonths) return { message: plain, waivable: false };
  if (length < seasonal) {
    return {
      message: `Dura meno di ${months(seasonal)}, il minimo anche per un’attività stagionale: con inizio il ${start} la fine deve essere almeno il ${formatItalianDate(limitEnd(seasonal))}.`,
      waivable: false,
    };
  }
  return { message: `${plain} Solo per un’attività stagionale un coordinatore può derogare, fino a ${months(seasonal)}.`, waivable: true };
}

export function checkInternship(file: InternshipUnderCheck, ctx: CheckContext): Finding[] {
  const { rules } = ctx;
  const findings: Finding[] = [];
  // `waivable` false: this finding cannot be waived even where the rule's policy allows waivers.
  const add = (rule: RuleId, severity: Finding['severity'], message: string, field: string, waivable = true) => {
    if (!ruleApplies(rules, rule, file.type)) return;
    findings.push({ rule, ruleLabel: RULE_LABELS[rule], severity, message, waivable: waivable && rules.rules[rule].waivable, field });
  };

  if (file.startDate && file.plannedEndDate && file.plannedEndDate >= file.startDate) {
    // The planned end already moved with each suspension; the suspended days themselves do not count.
    const length = durationInMonths(file.startDate, file.plannedEndDate, file.suspensions);
    // The messages give the date to write: what the operator has to change is the end.
    const limitEnd = (m: number) => endAfterSuspensions(plannedEnd(file.startDate!, m), file.suspensions);
    if (length < rules.minMonths) {
      const below = belowMinimum(rules, file.startDate, length, limitEnd);
      add('durata-minima', 'blocking', below.message, 'plannedEndDate', below.waivable);
    }
    const max = maxMonths(rules, ctx.category);
    if (length > max) {
      const who = ctx.category ? 'per questa categoria di candidato' : 'senza la categoria del candidato';
      add(
        'durata-massima',
        'blocking',
        `Dura più di ${months(max)} (proroghe comprese, sospensioni escluse), il massimo ${who}: con inizio il ${formatItalianDate(file.startDate)} la fine può essere al più il ${formatItalianDate(limitEnd(max))}.`,
        'plannedEndDate',
      );
    }
  }

  const hours = file.schedule ? weeklyHours(file.schedule) : null;
  if (hours !== null && hours > rules.maxWeeklyHours) {
    add('ore-settimanali', 'blocking', `${hours} ore settimanali: il limite è ${rules.maxWeeklyHours}.`, 'schedule');
  }
  if (hours !== null && hours > 0) {
    const minimum = minimumMonthlyAllowanceCents(hours, rules, file.type);
    if (minimum !== null && (file.monthlyAllowanceCents ?? 0) < minimum) {
      add(
        'indennita-minima',
        'blocking',
        file.monthlyAllowanceCents === null
          ? `Indica l’indennità mensile: per ${hours} ore settimanali il minimo è ${formatCents(minimum)} lordi.`
          : `Indennità di ${formatCents(file.monthlyAllowanceCents)}: per ${hours} ore settimanali il minimo è ${formatCents(minimum)} lordi al mese.`,
        'monthlyAllowanceCents',
      );
    }
  }

  const quota = quotaOn(ctx.host, rules.hostQuota);
  const viaOthers = file.hostOtherPromoterInterns ?? 0;
  const present = ctx.host.otherInterns + viaOthers;
  if (present + 1 > quota.maxInterns) {
    const others = viaOthers > 0 ? ` (${viaOthers} tramite altri promotori)` : '';
    add(
      'quota-ospitante',
      'blocking',
      quota.maxInterns === 0
        ? ctx.host.siteHeadcount
          ? emptySiteWords(ctx.host)
          : 'L’associazione non ha dipendenti e non rientra nel protocollo AICS–Exar: non può ospitare tirocinanti.'
        : `L’associazione ospita già ${plural(present, 'un tirocinante', '# tirocinanti')} ${ctx.host.siteWords} in queste date${others}: con ${ctx.host.headcount}${ctx.host.reason ? ` (${ctx.host.reason})` : ''} il massimo è ${quota.maxInterns}.`,
      'associationId',
    );
  } else if (quota.protocolException) {
    add('quota-ospitante', 'warning', 'Nessun dipendente: si usa l’eccezione del protocollo AICS–Exar, da indicare nella convenzione.', 'associationId');
  }

  const eligibility = hostEligibilityProblem(ctx.host.declarations, file.startDate ?? ctx.today, rules.eligibility);
  if (eligibility) add('idoneita-ospitante', 'blocking', eligibility, 'associationId');

  const priorWork = priorWorkProblem(file, rules.eligibility);
  if (priorWork) add('lavoro-precedente', 'blocking', priorWork, 'workedForHost');

  const portal = portalReminder(file.status, file.portalReference);
  if (portal) add('portale-tirocini', 'warning', portal, 'portalReference');

  if (ctx.tutorOtherInterns + 1 > rules.hostTutorMaxInterns) {
    add(
      'tutor-ospitante',
      'blocking',
      `Il tutor dell’ospitante segue già ${ctx.tutorOtherInterns} tirocinanti in queste date: al massimo ${rules.hostTutorMaxInterns}.`,
      'hostTutor',
    );
  }

  if (ctx.candidateOtherInternship) {
    add('tirocinio-attivo', 'blocking', `La persona ha già un tirocinio in queste date: ${ctx.candidateOtherInternship.label}.`, 'candidateId');
  }

  if (ctx.sameHostInternship) {
    add(
      'stesso-ospitante',
      'blocking',
      `La persona ha già un tirocinio presso questa associazione (${ctx.sameHostInternship.label}): non se ne fa un secondo presso lo stesso ospitante, salvo deroga motivata di un coordinatore.`,
      'associationId',
    );
  }

  if (file.startDate && ctx.candidateBirthDate && ageOn(ctx.candidateBirthDate, file.startDate) < rules.minAgeYears) {
    const age = ageOn(ctx.candidateBirthDate, file.startDate);
    add(
      'eta-minima',
      'blocking',
      `Il giorno dell’inizio (${formatItalianDate(file.startDate)}) la persona ha ${count(age, 'anno', 'anni')}: serve averne almeno ${rules.minAgeYears}, cioè cominciare dal ${formatItalianDate(dayOfAge(ctx.candidateBirthDate, rules.minAgeYears))}.`,
      'startDate',
    );
  }

  if (file.startDate) {
    const deadline = noticeDeadline(file.startDate, rules.noticeDaysBeforeStart);
    if (file.noticeDate && file.noticeDate > deadline) {
      add('comunicazione-obbligatoria', 'blocking', `Comunicazione obbligatoria del ${formatItalianDate(file.noticeDate)}: andava fatta entro il ${formatItalianDate(deadline)}.`, 'noticeDate');
    } else if (!file.noticeDate && ctx.today >= deadline) {
      const when = ctx.today === deadline ? 'oggi' : `entro il ${formatItalianDate(deadline)}, già passato`;
      add('comunicazione-obbligatoria', 'warning', `La comunicazione obbligatoria va fatta ${when}: registrala prima dell’avvio.`, 'noticeDate');
    }
  }
  return findings;
}

/** True when nothing blocks, once the waived rules are set aside. */
export function isCleared(findings: readonly Finding[], waived: ReadonlySet<RuleId>): boolean {
  return findings.every((f) => f.severity !== 'blocking' || (f.waivable && waived.has(f.rule)));
}
