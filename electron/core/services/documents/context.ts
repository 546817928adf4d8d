/**
 * Reads everything a document of an internship file prints, once, into the shared
 * `DocumentContext`: the promoter (the office's settings), the host as it is now (the headcount as
 * saved in the file), the intern, the file with its tutors, suspensions and extensions, and for the
 * register and the certificate the attendance from the same computation as the screen.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import { EDUCATION_LEVEL_LABELS, isRestrictedCategory, TARGET_CATEGORY_LABELS, type EducationLevel, type TargetCategory } from '@shared/api/candidate-fields';
import type { AttendanceView } from '@shared/api/internships';
import { formatItalianDate } from '@shared/validation/italian-time';
import { LEGAL_FORM_LABELS, type LegalForm } from '@shared/api/associations';
import { FUNDING_KIND_LABELS, INTERNSHIP_OUTCOME_LABELS, INTERRUPTED_BY_LABELS, SUSPENSION_REASON_LABELS, type InternshipOutcome, type InterruptedBy, type SuspensionReason } from '@shared/api/internship-fields';
import type { DocumentContext, DocumentKind, RegisterMonth, ScheduleDay } from '@shared/documents/context';
import { formatCents } from '@shared/format/money';
import { pfiPlannedHours } from '@shared/rules/attendance';
import { daysBetweenInclusive, italianMonth, WEEKDAYS, type IsoWeekday } from '@shared/rules/calendar';
import type { Funding } from '@shared/rules/allowance';
import type { InternshipStatus } from '@shared/rules/internship-lifecycle';
import { minimumSuspensionDays, suspensionQualifies, type SuspensionThresholds } from '@shared/rules/suspensions';
import { INTERNSHIP_TYPE_LABELS, type InternshipType } from '@shared/rules/internship-rules';
import { weeklyHours, type WeeklySchedule } from '@shared/rules/working-hours';
import type { ReadCtx } from '../../context';
import { associations, associationSites, candidates, internshipExtensions, operators } from '../../db/schema';
import { getAttendance } from '../internships/attendance';
import { requireInternship, suspensionsOf, type InternshipRecord } from '../internships/internships';
import { ruleSetById } from '../internships/rules-in-force';
import { declarationWords, HOST_DECLARATIONS } from '@shared/rules/host-eligibility';
import { readSettings } from '../settings/site';
import { agree } from '@shared/text/agreement';
import { DEFAULT_RETENTION } from '@shared/api/settings';
import { termsOf } from '@shared/documents/terms';
import { sha256Of } from '../../files/stored-files';
import { readPromoterLogo } from './logo';
import { hostHeadcount } from './headcount';
import { patronDayOfFile } from '../internships/patron-day';
import { localHolidaysOf } from '@shared/rules/patron-days';

const WEEKDAY_NAMES: Record<IsoWeekday, string> = { 1: 'Lunedì', 2: 'Martedì', 3: 'Mercoledì', 4: 'Giovedì', 5: 'Venerdì', 6: 'Sabato', 7: 'Domenica' };

function schedule(row: InternshipRecord): ScheduleDay[] {
  const hours = row.weeklySchedule as WeeklySchedule | null;
  if (!hours) return [];
  const slots = (row.weeklySlots ?? {}) as Record<string, string | null>;
  return WEEKDAYS.map((weekday) => ({ weekday, label: WEEKDAY_NAMES[weekday], hours: hours[weekday], slot: slots[weekday] ?? null }));
}

function funding(row: InternshipRecord): Pick<DocumentContext['internship'], 'fundingText' | 'hostMonthlyCents' | 'projectMonthlyCents' | 'projectName'> {
  const f = row.funding as { kind: 'ospitante' } | { kind: 'progetto'; projectName: string } | { kind: 'misto'; projectName: string; hostMonthlyCents: number; projectMonthlyCents: number } | null;
  if (!f) return { fundingText: null, hostMonthlyCents: null, projectMonthlyCents: null, projectName: null };
  if (f.kind === 'ospitante') return { fundingText: 'a carico del soggetto ospitante', hostMonthlyCents: row.monthlyAllowanceCents, projectMonthlyCents: 0, projectName: null };
  if (f.kind === 'progetto') return { fundingText: `a carico del progetto «${f.projectName}» del soggetto promotore`, hostMonthlyCents: 0, projectMonthlyCents: row.monthlyAllowanceCents, projectName: f.projectName };
  return {
    fundingText: `${FUNDING_KIND_LABELS.misto}: ${formatCents(f.hostMonthlyCents)} a carico del soggetto ospitante e ${formatCents(f.projectMonthlyCents)} a carico del progetto «${f.projectName}»`,
    hostMonthlyCents: f.hostMonthlyCents,
    projectMonthlyCents: f.projectMonthlyCents,
    projectName: f.projectName,
  };
}

function register(ctx: ReadCtx, row: InternshipRecord, month: string | null): RegisterMonth | null {
  if (!month) return null;
  const sheet = getAttendance(ctx, row.id).months.find((m) => m.month === month);
  if (!sheet) return null;
  const [y, m] = month.split('-').map(Number) as [number, number];
  return { month, label: italianMonth(y, m), days: sheet.days, daily: sheet.daily, plannedHours: sheet.plannedHours, attendedHours: sheet.attendedHours };
}

/**
 * The CPI as the person's record names it, with «CPI di» only when the record has the bare comune:
 * «Torino» → «CPI di Torino», while «CPI Torino» or «Centro per l’impiego di Torino» stay as typed
 * (they used to print «CPI di CPI Torino»).
 */
export function cpiText(cpi: string): string {
  const name = cpi.trim();
  return /^(c\.?\s*p\.?\s*i\b|centro\s+(per\s+l['’]\s*)?impiego)/i.test(name) ? name : `CPI di ${name}`;
}

/** «Disoccupato/a (DID del 02/09/2026, CPI di Torino)»: the category with the facts that prove it. */
export function categoryText(category: TargetCategory, person: { didDate: string | null; cpi: string | null; sex?: string | null }): string {
  const facts = [person.didDate ? `DID del ${formatItalianDate(person.didDate)}` : null, person.cpi?.trim() ? cpiText(person.cpi) : null].filter(Boolean);
  const sex = person.sex === 'M' || person.sex === 'F' ? person.sex : null;
  return `${agree(sex, TARGET_CATEGORY_LABELS[category])}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`;
}

/**
 * Over every month of the file: a month without hours is missing, not left out of the count. The
 * planned hours and the share are the final certificate's own (shared/rules/final-certificate.ts):
 * the PFI's whole period, also when the file ended early or was interrupted.
 */
function totalsOf(attendance: AttendanceView): DocumentContext['totals'] {
  const planned = attendance.certificate.plannedHours;
  const attended = attendance.months.reduce((t, m) => t + Math.round((m.attendedHours ?? 0) * 100), 0) / 100;
  const monthsMissing = attendance.months
    .filter((m) => m.attendedHours === null && m.plannedHours > 0)
    .map((m) => {
      const [y, mm] = m.month.split('-').map(Number) as [number, number];
      return italianMonth(y, mm);
    });
  const complete = monthsMissing.length === 0 && planned > 0;
  return {
    plannedHours: planned,
    attendedHours: attended,
    attendance: complete ? attendance.certificate.attendance : null,
    certificateReachable: complete && attendance.certificate.reached,
    monthsMissing,
  };
}

/**
 * The PFI's total planned hours: the same base as the final certificate (`pfiPlannedHours`), so the
 * PFI and the attestazione print the same number. Null while the dates or the schedule are missing.
 */
function plannedHoursOf(ctx: ReadCtx, row: InternshipRecord, suspensions: readonly { from: string; to: string | null }[], today: string): number | null {
  const schedule = row.weeklySchedule as WeeklySchedule | null;
  if (!row.startDate || !row.plannedEndDate || !schedule || row.plannedEndDate < row.startDate) return null;
  return pfiPlannedHours({
    schedule,
    period: { from: row.startDate, to: row.actualEndDate ?? row.plannedEndDate },
    plannedEnd: row.plannedEndDate,
    // As the attendance sheet counts them: an open suspension up to today.
    suspensions: suspensions.map((s) => ({ from: s.from, to: s.to ?? (today > s.from ? today : s.from) })),
    // Only the planned hours are read: the allowance and its funding do not change them.
    monthlyAllowanceCents: row.monthlyAllowanceCents ?? 0,
    funding: (row.funding as Funding | null) ?? { kind: 'ospitante' },
    localHolidays: localHolidaysOf(patronDayOfFile(ctx, row)),
  });
}

/**
 * Whether a recorded suspension is one under the file's rule set; an open one was accepted with an
 * expected end at least as long, so it counts unless its reason never suspends.
 */
function qualifies(s: { from: string; to: string | null; reason: SuspensionReason }, thresholds: SuspensionThresholds): boolean {
  if (s.to === null) return minimumSuspensionDays(s.reason, thresholds) !== null;
  return suspensionQualifies(s.reason, daysBetweenInclusive(s.from, s.to), thresholds);
}

export interface ContextOptions {
  kind: DocumentKind;
  /** For the register. */
  month: string | null;
  /** False when the one generating may not see a restricted category: it is then not printed. */
  seesSpecial: boolean;
}

export function documentContext(ctx: ReadCtx, internshipId: string, options: ContextOptions): DocumentContext {
  const { db } = ctx;
  // One day for the whole document: the date it is made on, the open suspension counted up to it.
  const today = ctx.today();
  const row = requireInternship(ctx, internshipId);
  const settings = readSettings(ctx);
  const p = settings.promoter;
  const host = db.select().from(associations).where(eq(associations.id, row.associationId)).get()!;
  const site = row.operatingSiteId ? db.select().from(associationSites).where(eq(associationSites.id, row.operatingSiteId)).get() : undefined;
  const person = db.select().from(candidates).where(eq(candidates.id, row.candidateId)).get()!;
  const tutor = row.promoterTutorId ? db.select().from(operators).where(eq(operators.id, row.promoterTutorId)).get() : undefined;
  const rules = ruleSetById(ctx, row.ruleSetId);
  const category = (row.targetCategory ?? person.targetCategory) as TargetCategory | null;
  const restricted = isRestrictedCategory(category);
  const attendance = options.kind === 'attestazione' ? getAttendance(ctx, row.id) : null;
  const extensions = db
    .select()
    .from(internshipExtensions)
    .where(and(eq(internshipExtensions.internshipId, row.id), isNull(internshipExtensions.deletedAt)))
    .orderBy(asc(internshipExtensions.newEndDate))
    .all();
  const hours = row.weeklySchedule as WeeklySchedule | null;
  const suspensions = suspensionsOf(ctx, row.id);
  const tutorData = tutor ? settings.promoterTutors?.find((t) => t.operatorId === tutor.id) : undefined;
  const education = person.educationLevel ? EDUCATION_LEVEL_LABELS[person.educationLevel as EducationLevel] : null;

  return {
    kind: options.kind,
    generatedOn: today,
    promoter: {
      name: p.name,
      taxCode: p.taxCode,
      vatNumber: p.vatNumber,
      address: p.address && p.comune ? { address: p.address, cap: p.cap, comune: p.comune, province: p.province } : null,
      legalRepName: p.legalRepName,
      legalRepRole: p.legalRepRole,
      accreditationRef: p.accreditationRef,
      email: p.email,
      pec: p.pec,
      phone: p.phone,
      officeName: settings.office.name,
      officeCode: settings.office.code,
      logo: readPromoterLogo(ctx),
      privacy: { dpoContact: settings.privacy?.dpoContact ?? null, retention: settings.privacy?.retention ?? { ...DEFAULT_RETENTION } },
    },
    host: {
      name: host.name,
      legalForm: LEGAL_FORM_LABELS[host.legalForm as LegalForm] ?? host.legalForm,
      taxCode: host.taxCode,
      vatNumber: host.vatNumber,
      registeredOffice: { address: host.address, cap: host.cap, comune: host.comune, province: host.province },
      operatingSite: site ? { label: site.label, address: site.address, cap: site.cap, comune: site.comune, province: site.province } : null,
      legalRepName: host.legalRepName,
      legalRepTaxCode: host.legalRepTaxCode,
      legalRepRole: host.legalRepRole,
      pec: host.pec,
      email: host.email,
      phone: host.phone,
      atecoCode: host.atecoCode,
      ccnl: host.ccnl,
      ...hostHeadcount(row.hostEmployees, host.employees, site),
      aicsAffiliation: host.aicsAffiliation,
      registryNumber: host.registryNumber,
      stampDuty: host.stampDuty === 'assolta' ? { paid: true } : host.stampDuty === 'esente' ? { paid: false, basis: host.stampDutyExemptionBasis } : null,
      declarations: HOST_DECLARATIONS.map((d) => ({ words: declarationWords(d, rules.eligibility), declaredOn: host[d] })),
    },
    intern: {
      firstName: person.firstName,
      lastName: person.lastName,
      taxCode: person.taxCode,
      sex: person.sex as 'M' | 'F' | null,
      birthDate: person.birthDate,
      birthPlace: person.birthPlace,
      citizenship: person.citizenship,
      residence: person.resAddress && person.resComune ? { address: person.resAddress, cap: person.resCap, comune: person.resComune, province: person.resProvince } : null,
      domicile:
        !person.domicileSame && person.domAddress && person.domComune ? { address: person.domAddress, cap: person.domCap, comune: person.domComune, province: person.domProvince } : null,
      phone: person.phone,
      email: person.email,
      education: education && person.educationTitle ? `${education}: ${person.educationTitle}` : (education ?? person.educationTitle),
      targetCategory: category && (!restricted || options.seesSpecial) ? categoryText(category, person) : null,
      targetCategoryCode: category && (!restricted || options.seesSpecial) ? category : null,
      privacyNoticeDate: person.privacyNoticeDate,
    },
    internship: {
      number: row.number,
      typeLabel: INTERNSHIP_TYPE_LABELS[row.type as InternshipType],
      legalBasis: row.legalBasis,
      ruleSetName: rules.name,
      startDate: row.startDate,
      plannedEndDate: row.plannedEndDate,
      actualEndDate: row.actualEndDate,
      status: row.status as InternshipStatus,
      interruptedBy: row.interruptedBy ? (INTERRUPTED_BY_LABELS[row.interruptedBy as InterruptedBy] ?? null) : null,
      plannedHours: plannedHoursOf(ctx, row, suspensions, today),
      schedule: schedule(row),
      weeklyHours: hours ? weeklyHours(hours) : null,
      scheduleNotes: row.scheduleNotes,
      monthlyAllowanceCents: row.monthlyAllowanceCents,
      ...funding(row),
      attendanceThreshold: rules.allowance.attendanceThreshold,
      finalCertificateAttendance: rules.finalCertificateAttendance,
      inailPosition: row.inailPosition,
      liabilityPolicy: row.liabilityPolicy,
      noticeDate: row.noticeDate,
      noticeNumber: row.noticeNumber,
      goals: row.goals,
      activities: row.activities,
      skillsToAcquire: (row.skillsToAcquire as string[] | null) ?? [],
      skillsAcquired: (row.skillsAcquired as string[] | null) ?? [],
      professionCode: row.professionCode,
      professionName: row.professionName,
      atlanteRef: row.atlanteRef,
      portalReference: row.portalReference,
      insurer: row.insurer,
      safetyTraining: row.safetyTraining,
      protocolException: row.protocolException,
      // The desk is how the promoter's tutor is reached; the codice fiscale and role are the office's settings per operator.
      promoterTutor: { name: tutor?.fullName ?? null, taxCode: tutorData?.taxCode ?? null, role: tutorData?.role ?? null, years: null, email: p.email, phone: p.phone },
      hostTutor: { name: row.hostTutorName, taxCode: row.hostTutorTaxCode, role: row.hostTutorRole, years: row.hostTutorYears, email: null, phone: null },
      // The labels are masculine («Assunto dall’ente ospitante»): agreed with the person, for templates too.
      outcome: row.outcome ? agree(person.sex as 'M' | 'F' | null, INTERNSHIP_OUTCOME_LABELS[row.outcome as InternshipOutcome].replace(/^Assunto\b/, 'Assunto/a')) : null,
      suspensions: suspensions.map((s) => ({ from: s.from, to: s.to, reason: SUSPENSION_REASON_LABELS[s.reason], qualifying: qualifies(s, rules.suspension) })),
      extensions: extensions.map((e) => ({ from: e.previousEndDate, to: e.newEndDate, noticeDate: e.noticeDate, noticeNumber: e.noticeNumber })),
    },
    register: options.kind === 'registro' ? register(ctx, row, options.month) : null,
    totals: attendance ? totalsOf(attendance) : null,
  };
}

/** sha256 of the terms a document prints (shared/documents/terms.ts): what a signature stands for. */
export function termsHashOf(context: DocumentContext): string {
  return sha256Of(Buffer.from(termsOf(context)));
}
