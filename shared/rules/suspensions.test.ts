import { describe, expect, it } from 'vitest';
import { monthSheet, type SheetFile } from './attendance';
import { internshipMoveProblem, type InternshipMoveFacts } from './internship-lifecycle';
import { PIEDMONT_DEFAULT_RULES as RULES } from './internship-rules';
import { absenceNotSuspensionMessage, minimumSuspensionDays, suspensionQualifies, type SuspensionReason } from './suspensions';

describe('suspension or absence (DGR 85-6277, thresholds from the rule set)', () => {
  it.each<[SuspensionReason, number, boolean]>([
    ['malattia', 5, false],
    ['malattia', 29, false],
    ['malattia', 30, true],
    ['infortunio', 30, true],
    ['maternita', 29, false],
    ['maternita', 150, true],
    ['chiusura_ospitante', 14, false],
    ['chiusura_ospitante', 15, true],
    ['altro', 365, false],
  ])('%s for %i days: a suspension = %s', (reason, days, qualifies) => {
    expect(suspensionQualifies(reason, days, RULES.suspension)).toBe(qualifies);
  });

  it('follows the numbers of a coordinator’s rule set', () => {
    const stricter = { healthMinDays: 45, closureMinDays: 20 };
    expect(suspensionQualifies('malattia', 30, stricter)).toBe(false);
    expect(suspensionQualifies('chiusura_ospitante', 20, stricter)).toBe(true);
    expect(minimumSuspensionDays('altro', stricter)).toBeNull();
  });
});

/** A file of 25 hours a week, Monday to Friday, €450 a month, running through May 2027. */
const FILE: SheetFile = {
  schedule: { 1: 5, 2: 5, 3: 5, 4: 5, 5: 5, 6: 0, 7: 0 },
  period: { from: '2027-03-01', to: '2027-08-31' },
  plannedEnd: '2027-08-31',
  suspensions: [],
  monthlyAllowanceCents: 45000,
  funding: { kind: 'ospitante' },
};
/** Five days of illness, Monday 10 to Friday 14 May 2027. */
const ILLNESS = { from: '2027-05-10', to: '2027-05-14' };

const MOVE: InternshipMoveFacts = {
  startDate: '2027-03-01',
  plannedEndDate: '2027-08-31',
  noticeDate: '2027-02-26',
  noticeNumber: 'UNILAV 1',
  outcome: null,
  interruptedBy: null,
  interruptionReason: null,
  actualEndDate: null,
  suspensionReason: 'malattia',
  suspensionFrom: ILLNESS.from,
  suspensionTo: ILLNESS.to,
  suspensionThresholds: RULES.suspension,
  attendanceThreshold: RULES.allowance.attendanceThreshold,
  today: '2027-05-10',
};

describe('the worked example: a 5-day illness in May 2027', () => {
  it('is refused as a suspension, with the sentence that says to enter the days as absences', () => {
    expect(internshipMoveProblem('attivo', 'sospeso', MOVE)).toEqual({
      field: 'suspensionTo',
      message:
        'Una malattia di 5 giorni non è una sospensione: il tirocinio si sospende solo per maternità, malattia o infortunio di almeno 30 giorni ' +
        'o per chiusura dell’ospitante di almeno 15 giorni di calendario. Registra i giorni dal 10/05/2027 al 14/05/2027 come assenze nelle presenze di maggio 2027: ' +
        'contano per la soglia del 70% ma non tolgono ore previste né indennità.',
    });
  });

  it('entered as absences: 82.5 of 105 planned hours is 78.6%, so the month pays the full €450', () => {
    // May 2027: 21 weekdays (1 May is a Saturday) × 5 hours = 105 planned; the absences remove none.
    const may = monthSheet(FILE, { year: 2027, month: 5 }, 82.5, RULES);
    expect(may).toMatchObject({ plannedHours: 105, attendedHours: 82.5, monthlyCents: 45000, dueCents: 45000, full: true });
    expect(may.attendance).toBe(0.7857);
  });

  it('recorded as a suspension (what the app did before) it took 5 days of the month away: €377.42', () => {
    const asSuspension = monthSheet({ ...FILE, suspensions: [ILLNESS] }, { year: 2027, month: 5 }, 82.5, RULES);
    expect(asSuspension).toMatchObject({ plannedHours: 80, monthlyCents: 37742, dueCents: 37742 });
  });

  it('30 days of illness are a suspension: the move goes ahead', () => {
    expect(internshipMoveProblem('attivo', 'sospeso', { ...MOVE, suspensionTo: '2027-06-08' })).toBeNull();
  });
});

describe('the refusal of a short «sospensione»', () => {
  it.each<[SuspensionReason, { from: string; to: string }, string]>([
    ['chiusura_ospitante', { from: '2027-08-09', to: '2027-08-20' }, 'Una chiusura dell’ospitante di 12 giorni non è una sospensione'],
    ['infortunio', { from: '2027-05-31', to: '2027-06-04' }, 'come assenze nelle presenze di maggio e giugno 2027'],
    ['altro', { from: '2027-12-30', to: '2028-01-03' }, 'Un’assenza per un altro motivo non sospende il tirocinio'],
    ['malattia', { from: '2027-05-12', to: '2027-05-12' }, 'Una malattia di 1 giorno non è una sospensione'],
    // Every month the absence touches is named, the year once per year.
    ['altro', { from: '2027-01-20', to: '2027-03-02' }, 'nelle presenze di gennaio, febbraio e marzo 2027'],
    ['altro', { from: '2027-12-30', to: '2028-01-03' }, 'nelle presenze di dicembre 2027 e gennaio 2028'],
  ])('%s %j says «%s»', (reason, period, part) => {
    expect(absenceNotSuspensionMessage(reason, period, RULES.suspension, 0.7)).toContain(part);
  });

  it('names the field to fix: the reason when no length would do, otherwise the expected end; the expected end is required', () => {
    expect(internshipMoveProblem('attivo', 'sospeso', { ...MOVE, suspensionReason: 'altro', suspensionTo: '2027-09-30' })?.field).toBe('suspensionReason');
    expect(internshipMoveProblem('attivo', 'sospeso', { ...MOVE, suspensionTo: null })).toEqual({
      message: 'Indica fino a quando è prevista la sospensione: serve a capire se è una sospensione o un’assenza.',
      field: 'suspensionTo',
    });
    expect(internshipMoveProblem('attivo', 'sospeso', { ...MOVE, suspensionTo: '2027-05-09' })?.message).toBe('La fine prevista della sospensione non può precedere l’inizio.');
  });

  it('speaks with the thresholds of the file’s rule set', () => {
    const problem = internshipMoveProblem('attivo', 'sospeso', { ...MOVE, suspensionTo: '2027-06-08', suspensionThresholds: { healthMinDays: 45, closureMinDays: 20 }, attendanceThreshold: 0.75 });
    expect(problem?.message).toContain('Una malattia di 30 giorni non è una sospensione: il tirocinio si sospende solo per maternità, malattia o infortunio di almeno 45 giorni');
    expect(problem?.message).toContain('contano per la soglia del 75%');
  });
});
