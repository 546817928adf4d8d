/**
 * Suspension or absence (DGR 85-6277; DOMAIN.md «Suspension vs absence»). Only maternity, illness
 * or injury of 30 days or more, or a closure of the host of 15 calendar days or more, suspends a
 * tirocinio: its days do not count towards the maximum, earn no allowance, and the end moves.
 * Anything shorter is an absence: entered in the month's attendance, it counts against the 70%
 * and never removes planned hours or allowance. The day counts are rule data (a coordinator's
 * rule set), because the DGR text was only reachable through secondary sources.
 */
import { daysBetweenInclusive, italianMonth, type Period } from './calendar';
import { formatItalianDate } from '../validation/italian-time';
import { count, plural } from '../text/plural';

export const SUSPENSION_REASONS = ['maternita', 'malattia', 'infortunio', 'chiusura_ospitante', 'altro'] as const;
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];
export const SUSPENSION_REASON_LABELS: Record<SuspensionReason, string> = {
  maternita: 'Maternità',
  malattia: 'Malattia',
  infortunio: 'Infortunio',
  chiusura_ospitante: 'Chiusura del soggetto ospitante',
  altro: 'Altro motivo',
};

/** The shortest suspensions the rules accept, in calendar days. */
export interface SuspensionThresholds {
  /** Maternity, illness or injury. */
  healthMinDays: number;
  /** The host closed (e.g. a summer closure). */
  closureMinDays: number;
}

/** DGR 85-6277 as summarised in DOMAIN.md. */
export const PIEDMONT_SUSPENSION_THRESHOLDS: SuspensionThresholds = { healthMinDays: 30, closureMinDays: 15 };

/** The fewest days that make a suspension of this reason; null when the reason never suspends. */
export function minimumSuspensionDays(reason: SuspensionReason, thresholds: SuspensionThresholds): number | null {
  if (reason === 'altro') return null;
  return reason === 'chiusura_ospitante' ? thresholds.closureMinDays : thresholds.healthMinDays;
}

/**
 * Whether a period off of `days` calendar days for `reason` is a suspension (left out of the
 * maximum, moving the end); otherwise its days are absences.
 */
export function suspensionQualifies(reason: SuspensionReason, days: number, thresholds: SuspensionThresholds): boolean {
  const minimum = minimumSuspensionDays(reason, thresholds);
  return minimum !== null && days >= minimum;
}

const WHAT: Record<SuspensionReason, string> = {
  maternita: 'Una maternità',
  malattia: 'Una malattia',
  infortunio: 'Un infortunio',
  chiusura_ospitante: 'Una chiusura dell’ospitante',
  altro: 'Un’assenza per un altro motivo',
};

const dayCount = (n: number) => count(n, 'giorno', 'giorni');

/** «maggio 2027» or «maggio e giugno 2027» or «dicembre 2026 e gennaio 2027»: where the absences go. */
/** Every month the period touches, in words: «gennaio, febbraio e marzo 2027», «dicembre 2026 e gennaio 2027». */
function monthsOf(period: Period): string {
  const [fy, fm] = period.from.split('-').map(Number) as [number, number];
  const [ty, tm] = period.to.split('-').map(Number) as [number, number];
  const words: string[] = [];
  for (let y = fy, m = fm; y < ty || (y === ty && m <= tm); m === 12 ? ((m = 1), (y += 1)) : (m += 1)) {
    // The year once, after the last month of each year.
    const lastOfItsYear = m === 12 || (y === ty && m === tm);
    words.push(lastOfItsYear ? italianMonth(y, m) : italianMonth(y, m).split(' ')[0]!);
  }
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} e ${words[words.length - 1]}`;
}

/**
 * The Italian sentence that refuses a short «sospensione»: why it is not one, and what to do
 * instead (the days as absences in the month's attendance, which keep hours and allowance).
 */
export function absenceNotSuspensionMessage(reason: SuspensionReason, period: Period, thresholds: SuspensionThresholds, attendanceThreshold: number): string {
  const days = daysBetweenInclusive(period.from, period.to);
  const what = reason === 'altro' ? `${WHAT.altro} non sospende il tirocinio` : `${WHAT[reason]} di ${dayCount(days)} non è una sospensione`;
  const rule =
    `il tirocinio si sospende solo per maternità, malattia o infortunio di almeno ${dayCount(thresholds.healthMinDays)} ` +
    `o per chiusura dell’ospitante di almeno ${dayCount(thresholds.closureMinDays)} di calendario`;
  const when = plural(days, `il giorno ${formatItalianDate(period.from)}`, `i giorni dal ${formatItalianDate(period.from)} al ${formatItalianDate(period.to)}`);
  const percent = `${Math.round(attendanceThreshold * 10000) / 100}%`.replace('.', ',');
  return (
    `${what}: ${rule}. Registra ${when} come assenze nelle presenze di ${monthsOf(period)}: ` +
    `contano per la soglia del ${percent} ma non tolgono ore previste né indennità.`
  );
}
