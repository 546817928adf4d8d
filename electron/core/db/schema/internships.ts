import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import { fundingSchema, INSURERS, weeklyScheduleSchema, weeklySlotsSchema } from '@shared/api/internship-fields';
import { INTERNSHIP_OUTCOMES, INTERNSHIP_STATUSES, INTERRUPTED_BY } from '@shared/rules/internship-lifecycle';
import { INTERNSHIP_TYPES } from '@shared/rules/internship-rules';
import { SUSPENSION_REASONS } from '@shared/rules/suspensions';
import { jsonColumn } from '../json-column';
import { associations } from './associations';
import { candidates } from './candidates';
import { matches } from './matches';
import { needs } from './needs';
import { recordColumns } from './record';

/**
 * The internship file (tirocinio). Lists and structured values (weekly schedule, funding, skills
 * to acquire) are JSON: they travel with the record in regional merges. Money is integer cents.
 */
export const internships = sqliteTable(
  'internships',
  {
    ...recordColumns(),
    /** Human number printed on documents, e.g. "TO01-2027-0004": office code, year, sequence. */
    number: text('number').notNull(),
    /** Year and sequence of the number at the creating office (`site_id`), as integers. */
    numberYear: integer('number_year').notNull(),
    numberSeq: integer('number_seq').notNull(),
    candidateId: text('candidate_id')
      .notNull()
      .references(() => candidates.id),
    associationId: text('association_id')
      .notNull()
      .references(() => associations.id),
    operatingSiteId: text('operating_site_id'),
    needId: text('need_id').references(() => needs.id),
    matchId: text('match_id').references(() => matches.id),
    type: text('type', { enum: INTERNSHIP_TYPES }).notNull(),
    /**
     * The candidate's target category, copied at every save of the file (the rules depend on it).
     * Special data for two of its values: masked for operators like the candidate's own field.
     */
    targetCategory: text('target_category'),
    legalBasis: text('legal_basis').notNull(),
    /** The rule set in force at the start date, recorded so later sets do not change an old file. */
    ruleSetId: text('rule_set_id').notNull(),
    promoterTutorId: text('promoter_tutor_id'),
    hostTutorName: text('host_tutor_name'),
    hostTutorTaxCode: text('host_tutor_tax_code'),
    hostTutorRole: text('host_tutor_role'),
    hostTutorYears: integer('host_tutor_years'),
    startDate: text('start_date'),
    /** Extensions and suspensions included. */
    plannedEndDate: text('planned_end_date'),
    actualEndDate: text('actual_end_date'),
    weeklySchedule: jsonColumn<Record<string, number>>('internships', 'weekly_schedule', weeklyScheduleSchema),
    /** Time slots per ISO weekday ("9–13"), printed in the PFI beside the hours. */
    weeklySlots: jsonColumn<Record<string, string | null>>('internships', 'weekly_slots', weeklySlotsSchema),
    /** Time slots in words ("lun–ven 9–13"), printed in the PFI. */
    scheduleNotes: text('schedule_notes'),
    monthlyAllowanceCents: integer('monthly_allowance_cents'),
    funding: jsonColumn<Record<string, unknown>>('internships', 'funding', fundingSchema),
    inailPosition: text('inail_position'),
    liabilityPolicy: text('liability_policy'),
    /** The mandatory notice of the start (UNILAV). */
    noticeDate: text('notice_date'),
    noticeNumber: text('notice_number'),
    /** The mandatory notice of an early end. */
    endNoticeDate: text('end_notice_date'),
    endNoticeNumber: text('end_notice_number'),
    goals: text('goals'),
    activities: text('activities'),
    skillsToAcquire: jsonColumn('internships', 'skills_to_acquire', z.array(z.string())).notNull(),
    /** Certified in the final attestazione (filled at the end). */
    skillsAcquired: jsonColumn('internships', 'skills_acquired', z.array(z.string())),
    /** Safety training planned or done (printed in the PFI). */
    safetyTraining: text('safety_training'),
    atlanteRef: text('atlante_ref'),
    /** The role's ISTAT CP2011 code (unità professionale, e.g. 5.1.2.2.0) and its name as printed. */
    professionCode: text('profession_code'),
    professionName: text('profession_name'),
    protocolException: integer('protocol_exception', { mode: 'boolean' }).notNull(),
    /** The host's headcount the quota and the exception were decided on, kept as it was at the start. */
    hostEmployees: integer('host_employees'),
    /** The file's reference on Regione Piemonte's «Portale Tirocini»; a started file without it gets a reminder. */
    portalReference: text('portal_reference'),
    /** Who insures the intern (INAIL and civil liability): the promoter unless the convenzione puts it on the host. */
    insurer: text('insurer', { enum: INSURERS }).notNull().default('promotore'),
    /**
     * The person's declaration about work for this host in the previous years the rule set says:
     * false = did not work there, true = did, null = not declared; with the date it was made.
     */
    workedForHost: integer('worked_for_host', { mode: 'boolean' }),
    workedForHostDeclaredOn: text('worked_for_host_declared_on'),
    /** Interns the host already has at this operating site through other promoters (counted in its quota). */
    hostOtherPromoterInterns: integer('host_other_promoter_interns'),
    status: text('status', { enum: INTERNSHIP_STATUSES }).notNull(),
    statusChangedOn: text('status_changed_on').notNull(),
    outcome: text('outcome', { enum: INTERNSHIP_OUTCOMES }),
    interruptedBy: text('interrupted_by', { enum: INTERRUPTED_BY }),
    interruptionReason: text('interruption_reason'),
    finalCertificateDate: text('final_certificate_date'),
    notes: text('notes'),
  },
  (t) => [
    // Numbers are per office: two offices may both have their "2027-0001"; the regional office keeps both.
    uniqueIndex('internships_number_idx').on(t.siteId, t.numberYear, t.numberSeq),
    index('internships_hlc_idx').on(t.hlc),
    index('internships_site_idx').on(t.siteId, t.status),
    index('internships_status_idx').on(t.status, t.deletedAt, t.startDate),
    index('internships_candidate_idx').on(t.candidateId, t.status),
    index('internships_association_idx').on(t.associationId, t.status),
    index('internships_end_idx').on(t.deletedAt, t.plannedEndDate),
    index('internships_match_idx').on(t.matchId),
    index('internships_need_idx').on(t.needId),
    index('internships_promoter_tutor_idx').on(t.promoterTutorId, t.status),
    index('internships_host_tutor_idx').on(t.hostTutorTaxCode, t.status),
  ],
);

/** The file's timeline: status changes, extensions, suspensions, waivers, each dated with who. */
export const internshipEvents = sqliteTable(
  'internship_events',
  {
    ...recordColumns(),
    internshipId: text('internship_id')
      .notNull()
      .references(() => internships.id),
    at: text('at').notNull(),
    /** Free words of the service ('stato', 'proroga', …): no shared list of them. */
    kind: text('kind').notNull(),
    fromStatus: text('from_status', { enum: INTERNSHIP_STATUSES }),
    toStatus: text('to_status', { enum: INTERNSHIP_STATUSES }),
    note: text('note'),
    operatorId: text('operator_id'),
    operatorName: text('operator_name').notNull(),
  },
  (t) => [index('internship_events_internship_idx').on(t.internshipId, t.at), index('internship_events_hlc_idx').on(t.hlc)],
);

/** A suspension moves the planned end and, for the reasons the rules list, does not count towards the maximum. */
export const internshipSuspensions = sqliteTable(
  'internship_suspensions',
  {
    ...recordColumns(),
    internshipId: text('internship_id')
      .notNull()
      .references(() => internships.id),
    fromDate: text('from_date').notNull(),
    /** Null while the suspension is open (the file is "sospeso"). */
    toDate: text('to_date'),
    reason: text('reason', { enum: SUSPENSION_REASONS }).notNull(),
    /**
     * Whether it is left out of the maximum duration and moves the planned end: maternity, illness
     * or injury of 30+ days, host closure of 15+ days (DGR 85-6277). Decided when it ends.
     */
    excluded: integer('excluded', { mode: 'boolean' }).notNull(),
    note: text('note'),
  },
  (t) => [index('internship_suspensions_internship_idx').on(t.internshipId, t.fromDate)],
);

/** An extension (proroga): the new planned end, and its own mandatory notice. */
export const internshipExtensions = sqliteTable(
  'internship_extensions',
  {
    ...recordColumns(),
    internshipId: text('internship_id')
      .notNull()
      .references(() => internships.id),
    previousEndDate: text('previous_end_date').notNull(),
    newEndDate: text('new_end_date').notNull(),
    /** The mandatory notice of the extension (UNILAV), filed by the previous end. */
    noticeDate: text('notice_date'),
    noticeNumber: text('notice_number'),
    reason: text('reason'),
  },
  (t) => [index('internship_extensions_internship_idx').on(t.internshipId)],
);

/** A coordinator's decision to go ahead against a waivable rule, with the reason. */
export const internshipWaivers = sqliteTable(
  'internship_waivers',
  {
    ...recordColumns(),
    internshipId: text('internship_id')
      .notNull()
      .references(() => internships.id),
    /** One of RULE_IDS, or a waiver that is no checker rule (documents' SIGNATURES_WAIVER): plain text. */
    ruleId: text('rule_id').notNull(),
    reason: text('reason').notNull(),
    grantedById: text('granted_by_id'),
    grantedBy: text('granted_by').notNull(),
  },
  (t) => [index('internship_waivers_internship_idx').on(t.internshipId, t.ruleId)],
);

/**
 * Hours attended in one month, in hundredths of an hour (exact sums). A closed month is locked
 * with what it computed then (planned hours, amounts), so a later change to the schedule or a
 * suspension cannot silently change a month already paid; corrections are audited.
 */
export const attendanceMonths = sqliteTable(
  'attendance_months',
  {
    ...recordColumns(),
    internshipId: text('internship_id')
      .notNull()
      .references(() => internships.id),
    /** 'YYYY-MM' */
    month: text('month').notNull(),
    attendedCentiHours: integer('attended_centi_hours'),
    /** Hundredths of an hour per day ('DD' → hours × 100) when entered day by day; null for a monthly total. */
    daily: jsonColumn('attendance_months', 'daily', z.record(z.string(), z.number().int())),
    closedAt: text('closed_at'),
    closedBy: text('closed_by'),
    closedPlannedCentiHours: integer('closed_planned_centi_hours'),
    closedDueCents: integer('closed_due_cents'),
    closedHostCents: integer('closed_host_cents'),
    closedProjectCents: integer('closed_project_cents'),
  },
  // Not unique: two offices may each record the same month (a correction at the regional office);
  // the live row with the latest hlc is the month, as for any record merged last-writer-wins.
  (t) => [index('attendance_months_month_idx').on(t.internshipId, t.month), index('attendance_months_hlc_idx').on(t.hlc)],
);

/** Regional rule sets with their "valid from" date, editable by a coordinator. */
export const ruleSets = sqliteTable(
  'rule_sets',
  {
    ...recordColumns(),
    name: text('name').notNull(),
    validFrom: text('valid_from').notNull(),
    /** The whole `InternshipRuleSet` (shared/rules/internship-rules.ts). */
    data: jsonColumn('rule_sets', 'data', z.record(z.string(), z.unknown())).notNull(),
  },
  (t) => [index('rule_sets_valid_from_idx').on(t.deletedAt, t.validFrom)],
);
