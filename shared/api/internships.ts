/** Tirocini: the internship file, its moves and the regional rules checked on it. */
import { z } from 'zod';
import { INTERNSHIP_TYPES, RULE_IDS } from '../rules/internship-rules';
import { checkDailyShape, DAY_KINDS } from '../rules/attendance-days';
import { INTERNSHIP_OUTCOMES, INTERNSHIP_STATUSES, INTERRUPTED_BY, SUSPENSION_REASONS } from '../rules/internship-lifecycle';
import { method } from './define';
import { officeFilter } from './reference';
import { boundedNumber, id, optionalCode, optionalDate, optionalText, pageInput, requiredDate } from './fields';
import { findingSchema, internshipFields, internshipSchema } from './internship-fields';

export * from './internship-fields';

export const internshipRowSchema = z.object({
  id: z.string(),
  number: z.string(),
  candidateName: z.string(),
  associationName: z.string(),
  type: z.enum(INTERNSHIP_TYPES),
  status: z.enum(INTERNSHIP_STATUSES),
  startDate: z.string().nullable(),
  plannedEndDate: z.string().nullable(),
  promoterTutorName: z.string().nullable(),
  /** Code of the office that created it (TO01); null only if that office's row has not arrived here yet. */
  officeCode: z.string().nullable(),
});
export type InternshipRow = z.output<typeof internshipRowSchema>;

export const internshipListInput = z.object({
  query: z.string().max(200).default(''),
  status: optionalCode(INTERNSHIP_STATUSES),
  associationId: z.string().nullish().transform((v) => v || null),
  promoterTutorId: z.string().nullish().transform((v) => v || null),
  candidateId: z.string().nullish().transform((v) => v || null),
  type: optionalCode(INTERNSHIP_TYPES),
  /** Active or suspended files whose planned end falls within this many days. */
  endingWithinDays: z.number().int().min(0).max(3650).nullish().transform((v) => v ?? null),
  /** Files that ran last month and have no hours for it yet. */
  attendanceMissing: z.boolean().default(false),
  /** Only the files opened by this office (its id). */
  site: officeFilter,
  /** Only the drafts deleted by mistake (to restore one). */
  deleted: z.boolean().default(false),
  ...pageInput,
});
export type InternshipListInput = z.input<typeof internshipListInput>;
export type InternshipListParams = z.output<typeof internshipListInput>;

/** What a move brings with it: the notice to start, the outcome to conclude, who and why to interrupt. */
export const internshipMoveInput = z.object({
  id,
  hlc: z.string(),
  to: z.enum(INTERNSHIP_STATUSES),
  noticeDate: optionalDate('Data della comunicazione obbligatoria'),
  noticeNumber: optionalText(60),
  outcome: optionalCode(INTERNSHIP_OUTCOMES),
  interruptedBy: optionalCode(INTERRUPTED_BY),
  interruptionReason: optionalText(1000),
  actualEndDate: optionalDate('Data di fine effettiva'),
  /** The notice of an early end (interrotto). */
  endNoticeDate: optionalDate('Data della comunicazione di cessazione'),
  endNoticeNumber: optionalText(60),
  suspensionReason: optionalCode(SUSPENSION_REASONS),
  suspensionFrom: optionalDate('Inizio della sospensione'),
  /** The expected last day: a suspension shorter than the rules' minimum is refused (its days are absences). */
  suspensionTo: optionalDate('Fine prevista della sospensione'),
  note: optionalText(1000),
});
export type InternshipMoveInput = z.input<typeof internshipMoveInput>;

export const internshipExtendInput = z.object({
  id,
  hlc: z.string(),
  newEndDate: requiredDate('Nuova data di fine'),
  noticeDate: optionalDate('Data della comunicazione di proroga'),
  noticeNumber: optionalText(60),
  reason: optionalText(1000),
});

const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Mese non valido (AAAA-MM)');

export const plannedDaySchema = z.object({
  date: z.string(),
  weekday: z.literal([1, 2, 3, 4, 5, 6, 7]),
  kind: z.enum(DAY_KINDS),
  plannedHours: z.number(),
  holiday: z.string().nullable(),
});

export const attendanceMonthSchema = z.object({
  month: z.string(),
  plannedHours: z.number(),
  attendedHours: z.number().nullable(),
  attendance: z.number().nullable(),
  monthlyCents: z.number().int(),
  dueCents: z.number().int(),
  full: z.boolean(),
  hostCents: z.number().int(),
  projectCents: z.number().int(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  /** Hours entered day by day ('YYYY-MM-DD' → hours), or null when the month was entered as a total. */
  daily: z.record(z.string(), z.number()).nullable(),
  /** Each day of the month with the hours planned on it and why none are (holiday, suspension…). */
  days: z.array(plannedDaySchema),
  /**
   * The version of the month as stored (its row's hlc), null while nothing was ever recorded: sent
   * back with `internships.setAttendance` so a save made meanwhile elsewhere is not overwritten.
   */
  version: z.string().nullable(),
});
export type AttendanceMonthView = z.output<typeof attendanceMonthSchema>;

export const attendanceSchema = z.object({
  internshipId: z.string(),
  months: z.array(attendanceMonthSchema),
  attendance: z.number().nullable(),
  dueCents: z.number().int(),
  hostCents: z.number().int(),
  projectCents: z.number().int(),
  /** The final certificate is reached, or still within reach if the months not entered yet are attended in full. */
  certificateReachable: z.boolean(),
  /**
   * The final certificate on its base: the hours planned in the PFI for the whole period (extensions
   * included, qualifying suspensions left out), also when the file ended early or was interrupted.
   */
  certificate: z.object({
    plannedHours: z.number(),
    /** Each month's attended hours up to its own planned hours. */
    attendedHours: z.number(),
    /** attended ÷ planned, 0..1; null when nothing is planned. */
    attendance: z.number().nullable(),
    /** Reached with the hours entered so far. */
    reached: z.boolean(),
  }),
  /** Share of a month's planned hours that earns the whole allowance, from the file's rule set (0.7). */
  attendanceThreshold: z.number(),
  /** Share of the file's planned hours the final certificate needs, from the file's rule set (0.7). */
  finalCertificateAttendance: z.number(),
  /** Why the sheet cannot be computed yet (dates, schedule, allowance or funding missing), if so. */
  missing: z.string().nullable(),
});
export type AttendanceView = z.output<typeof attendanceSchema>;

/** A month's hours attended, as the desk types the total: the register's box checks it with this too. */
export const attendedHoursField = boundedNumber('Ore svolte', { min: 0, max: 400, unit: 'in un mese', decimals: 2 });

/**
 * A month's hours: either the monthly total (`attendedHours`) or the hours of each day (`daily`,
 * 'YYYY-MM-DD' → hours, whose sum becomes the total). A total clears the days entered before; an
 * empty `daily` ({}) clears the month: no hours entered (not 0 hours).
 * `version`: the month's version as read (null: there was no row); when given and the stored month
 * differs, the save is refused (CONFLICT). Left out, the save goes through as before.
 */
export const setAttendanceInput = z
  .object({
    id,
    month: monthKey,
    attendedHours: attendedHoursField.nullish().transform((v) => v ?? null),
    daily: z
      .record(z.string(), z.number({ error: 'Ore del giorno: inserisci un numero' }))
      .nullish()
      .transform((v) => v ?? null),
    version: z.string({ error: 'Versione del mese non valida' }).max(100).nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if ((v.attendedHours === null) === (v.daily === null)) {
      ctx.addIssue({ code: 'custom', path: ['attendedHours'], message: 'Indica le ore del mese oppure quelle giorno per giorno (una delle due).' });
      return;
    }
    if (v.daily === null || !monthKey.safeParse(v.month).success) return;
    const [year, month] = v.month.split('-').map(Number) as [number, number];
    for (const issue of checkDailyShape({ year, month }, v.daily)) ctx.addIssue({ code: 'custom', path: ['daily', issue.date], message: issue.message });
  });
export type SetAttendanceInput = z.input<typeof setAttendanceInput>;

/**
 * A suspension recorded before issue 13 that is really an absence (shorter than the rule set's
 * minimum, or for another reason): listed for a coordinator, who converts it into absences.
 */
export const shortSuspensionSchema = z.object({
  internshipId: z.string(),
  /** The file's version, for `internships.convertSuspension`. */
  internshipHlc: z.string(),
  number: z.string(),
  status: z.enum(INTERNSHIP_STATUSES),
  candidateName: z.string(),
  associationName: z.string(),
  suspensionId: z.string(),
  from: z.string(),
  /** Null while still open (a suspension for another reason, which never qualifies). */
  to: z.string().nullable(),
  reason: z.enum(SUSPENSION_REASONS),
  /** Calendar days, null while open. */
  days: z.number().int().nullable(),
});
export type ShortSuspension = z.output<typeof shortSuspensionSchema>;

export const internshipsMethods = {
  'internships.list': method({
    summary: 'Cerca ed elenca i tirocini',
    access: 'internships.read',
    input: internshipListInput,
    output: z.object({ items: z.array(internshipRowSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  }),
  'internships.get': method({
    summary: 'Una pratica di tirocinio con le verifiche delle regole e la cronologia',
    access: 'internships.read',
    visibility: 'internship',
    input: z.object({ id }),
    output: internshipSchema,
  }),
  'internships.create': method({
    summary: 'Nuova pratica di tirocinio (in bozza)',
    access: 'internships.write',
    visibility: 'internship',
    input: internshipFields,
    output: internshipSchema,
  }),
  'internships.createFromMatch': method({
    summary: 'Nuova pratica di tirocinio da una proposta accettata, già compilata',
    access: 'internships.write',
    visibility: 'internship',
    input: z.object({ matchId: id }),
    output: internshipSchema,
  }),
  'internships.update': method({
    summary: 'Modifica una pratica (rifiutata se nel frattempo l’ha cambiata qualcun altro)',
    access: 'internships.write',
    visibility: 'internship',
    input: z.object({ id, hlc: z.string(), data: internshipFields }),
    output: internshipSchema,
  }),
  'internships.setPortalReference': method({
    summary: 'Registra il riferimento della pratica sul Portale Tirocini della Regione, in qualunque stato',
    access: 'internships.write',
    visibility: 'internship',
    input: z.object({ id, hlc: z.string(), portalReference: optionalText(60) }),
    output: internshipSchema,
  }),
  'internships.check': method({
    summary: 'Verifica le regole regionali su dati non ancora salvati (mentre si compila)',
    access: 'internships.read',
    visibility: 'internshipCheck',
    input: z.object({ id: id.nullish().transform((v) => v ?? null), data: internshipFields }),
    output: z.array(findingSchema),
  }),
  'internships.extend': method({
    summary: 'Proroga: sposta la fine prevista, entro la durata massima, con la sua comunicazione obbligatoria',
    access: 'internships.write',
    visibility: 'internshipExtension',
    input: internshipExtendInput,
    output: internshipSchema,
  }),
  'internships.waive': method({
    summary: 'Deroga a una regola che lo consente, con il motivo scritto (coordinatori)',
    access: 'internships.waive',
    visibility: 'internship',
    input: z.object({
      id,
      rule: z.enum(RULE_IDS),
      reason: z.string().trim().min(10, 'Scrivi il motivo della deroga (almeno 10 caratteri)').max(1000),
      /** The minimum duration is waived only for a seasonal activity: the coordinator says it is one. */
      seasonal: z.boolean().default(false),
    }),
    output: internshipSchema,
  }),
  'internships.shortSuspensions': method({
    reads: true,
    summary: 'Le sospensioni registrate che in realtà sono assenze, da convertire (coordinatori)',
    access: 'attendance.close',
    input: z.object({}),
    output: z.array(shortSuspensionSchema),
  }),
  'internships.convertSuspension': method({
    summary: 'Converte in assenze una sospensione più breve del minimo (coordinatori)',
    access: 'attendance.close',
    visibility: 'internship',
    input: z.object({ id, hlc: z.string(), suspensionId: id }),
    output: internshipSchema,
  }),
  'internships.attendance': method({
    summary: 'Il registro presenze mese per mese: ore previste e svolte, indennità dovuta e chi la paga',
    access: 'internships.read',
    input: z.object({ id }),
    output: attendanceSchema,
  }),
  'internships.setAttendance': method({
    summary: 'Registra le ore svolte in un mese (un mese chiuso lo corregge solo un coordinatore)',
    access: 'internships.write',
    input: setAttendanceInput,
    output: attendanceSchema,
  }),
  'internships.closeMonth': method({
    summary: 'Chiude un mese del registro presenze: dopo, le correzioni restano nello storico (coordinatori)',
    access: 'attendance.close',
    input: z.object({ id, month: monthKey }),
    output: attendanceSchema,
  }),
  'internships.delete': method({
    summary: 'Elimina una pratica in bozza aperta per errore (si può ripristinare)',
    access: 'internships.write',
    visibility: 'internship',
    input: z.object({ id, hlc: z.string() }),
    output: internshipSchema,
  }),
  'internships.restore': method({
    summary: 'Ripristina una pratica in bozza eliminata',
    access: 'internships.write',
    visibility: 'internship',
    input: z.object({ id, hlc: z.string() }),
    output: internshipSchema,
  }),
  'internships.transition': method({
    summary: 'Fa avanzare la pratica: in firma, attivo, sospeso, concluso, interrotto',
    access: 'internships.write',
    visibility: 'internshipTransition',
    input: internshipMoveInput,
    output: internshipSchema,
  }),
};
