import type { internshipsMethods } from '../../../../shared/api/internships';
import type { FindingView, Internship, InternshipData } from '../../../../shared/api/internship-fields';
import { isRestrictedCategory, RESTRICTED_CATEGORIES } from '../../../../shared/api/candidate-fields';
import { AppError } from '../../../../shared/api/errors';
import { roleCan } from '../../../../shared/api/permissions';
import { durationInMonths } from '../../../../shared/rules/calendar';
import { RULE_LABELS, type InternshipRuleSet } from '../../../../shared/rules/internship-rules';
import { italianDate } from '../../../../shared/validation/italian-time';
import { candidateSexOf } from '../../services/candidates/record';
import { closeMonth, getAttendance, setAttendance } from '../../services/internships/attendance';
import { extendInternship, waiveRule } from '../../services/internships/extend-and-waive';
import { categoryOf, checkDraft, createFromMatch, createInternship, getInternship, requireInternship, updateInternship } from '../../services/internships/internships';
import { listInternships } from '../../services/internships/list';
import { setPortalReference } from '../../services/internships/portal-reference';
import { deleteInternship, restoreInternship } from '../../services/internships/remove';
import { transitionInternship } from '../../services/internships/transition';
import { convertSuspension, listShortSuspensions } from '../../services/internships/short-suspensions';
import { ruleSetById, ruleSetFor } from '../../services/internships/rules-in-force';
import type { AreaHandlers, HandlerContext } from '../types';

/**
 * Disability and social-care categories are for coordinators. Their maximum durations differ
 * (24 and 12 months by default), so an operator must not learn the verdict either: for them a
 * hidden category is checked against the shorter of the two limits of the file's rule set, with a
 * message that names neither, and only a coordinator takes such a file past it.
 */
function hiddenLimitMonths(rules: InternshipRuleSet): number {
  return Math.min(...RESTRICTED_CATEGORIES.map((c) => rules.maxMonthsByCategory[c]));
}

function seesSpecial(operator: HandlerContext['operator']): boolean {
  return operator !== null && roleCan(operator.role, 'candidates.special');
}

function hiddenFor(state: HandlerContext['state'], operator: HandlerContext['operator'], candidateId: string): boolean {
  return !seesSpecial(operator) && isRestrictedCategory(categoryOf(state.database.db, candidateId));
}

type Dates = Pick<InternshipData, 'startDate' | 'plannedEndDate'>;

function overHiddenLimit(data: Dates, limit: number): boolean {
  return Boolean(data.startDate && data.plannedEndDate && data.plannedEndDate >= data.startDate && durationInMonths(data.startDate, data.plannedEndDate) > limit);
}

function maskedFindings(findings: FindingView[], data: Dates, limit: number): FindingView[] {
  const others = findings.filter((f) => f.rule !== 'durata-massima');
  if (!overHiddenLimit(data, limit)) return others;
  return [
    ...others,
    {
      rule: 'durata-massima',
      ruleLabel: RULE_LABELS['durata-massima'],
      severity: 'warning',
      message: `Dura più di ${limit} mesi: per la categoria riservata del candidato la durata massima la verifica il coordinatore, che può mandare la pratica in firma.`,
      waivable: false,
      field: 'plannedEndDate',
      waiver: null,
    },
  ];
}

/** The limit for a saved file: the set it is checked against. */
const fileLimit = (state: HandlerContext['state'], ruleSetId: string) => hiddenLimitMonths(ruleSetById(state.database.db, ruleSetId));

/**
 * The file as its reader may see it: the hidden category masked, and the intern's sex added so the
 * screens agree what they say of the person (the file's own reader does not look at the profile).
 */
function masked(read: Internship, state: HandlerContext['state'], operator: HandlerContext['operator']): Internship {
  const file = { ...read, candidateSex: candidateSexOf(state.database.db, read.candidateId) };
  if (!hiddenFor(state, operator, file.candidateId)) return file;
  return { ...file, targetCategory: null, targetCategoryHidden: true, findings: maskedFindings(file.findings, file, fileLimit(state, file.ruleSetId)) };
}

const reading = (state: HandlerContext['state']) => ({ db: state.database.db, sqlite: state.database.sqlite, today: italianDate(state.now()) });

export const internshipsHandlers: AreaHandlers<keyof typeof internshipsMethods> = {
  'internships.list': (input, { state }) => listInternships(state.database.sqlite, input, state.now()),
  'internships.get': (input, { state, operator }) => masked(getInternship(reading(state), input.id), state, operator),
  'internships.create': (input, { service, state, operator }) => masked(createInternship(service(), input), state, operator),
  'internships.createFromMatch': (input, { service, state, operator }) => masked(createFromMatch(service(), input.matchId), state, operator),
  'internships.update': (input, { service, state, operator }) => masked(updateInternship(service(), input.id, input.hlc, input.data), state, operator),
  'internships.setPortalReference': (input, { service, state, operator }) =>
    masked(setPortalReference(service(), input.id, input.hlc, input.portalReference), state, operator),
  'internships.check': (input, { state, operator }) => {
    const findings = checkDraft(reading(state), input.id, input.data);
    if (!hiddenFor(state, operator, input.data.candidateId)) return findings;
    // Unsaved data: the set in force at the start typed so far, as the check itself uses.
    const limit = hiddenLimitMonths(ruleSetFor(state.database.db, input.data.startDate ?? italianDate(state.now())));
    return maskedFindings(findings, input.data, limit);
  },
  'internships.extend': (input, { service, state, operator }) => {
    const { id, hlc, ...ext } = input;
    const row = requireInternship(state.database.db, id);
    const limit = fileLimit(state, row.ruleSetId);
    if (hiddenFor(state, operator, row.candidateId) && overHiddenLimit({ startDate: row.startDate, plannedEndDate: ext.newEndDate }, limit)) {
      throw new AppError('FORBIDDEN', `Oltre i ${limit} mesi la proroga per questa categoria di candidato la registra un coordinatore.`);
    }
    return masked(extendInternship(service(), id, hlc, ext), state, operator);
  },
  'internships.waive': (input, { service, state, operator }) => masked(waiveRule(service(), input.id, input.rule, input.reason, input.seasonal), state, operator),
  'internships.shortSuspensions': (_input, { state }) => listShortSuspensions(state.database.db),
  'internships.convertSuspension': (input, { service, state, operator }) => masked(convertSuspension(service(), input.id, input.hlc, input.suspensionId), state, operator),
  'internships.attendance': (input, { state }) => getAttendance(state.database.db, input.id, italianDate(state.now())),
  'internships.setAttendance': (input, { service, operator }) =>
    setAttendance(service(), input.id, input.month, input, operator !== null && roleCan(operator.role, 'attendance.close')),
  'internships.closeMonth': (input, { service }) => closeMonth(service(), input.id, input.month),
  'internships.delete': (input, { service, state, operator }) => masked(deleteInternship(service(), input.id, input.hlc), state, operator),
  'internships.restore': (input, { service, state, operator }) => masked(restoreInternship(service(), input.id, input.hlc), state, operator),
  'internships.transition': (input, { service, state, operator }) => {
    const { id, hlc, ...move } = input;
    const row = requireInternship(state.database.db, id);
    const hidden = hiddenFor(state, operator, row.candidateId);
    // Moving to signature re-chooses the set in force at the start: the limit is that set's.
    const limit = hiddenLimitMonths(row.status === 'bozza' ? ruleSetFor(state.database.db, row.startDate ?? italianDate(state.now())) : ruleSetById(state.database.db, row.ruleSetId));
    if (hidden && (move.to === 'in_firma' || move.to === 'attivo') && overHiddenLimit(row, limit)) {
      throw new AppError('FORBIDDEN', `Oltre i ${limit} mesi la pratica di questa categoria di candidato la manda avanti un coordinatore.`);
    }
    try {
      return masked(transitionInternship(service(), id, hlc, move), state, operator);
    } catch (error) {
      // A refusal listing the findings must not name the hidden category's limit either.
      if (hidden && error instanceof AppError && error.issues?.some((i) => i.path === 'plannedEndDate')) {
        throw new AppError('CONFLICT', 'Prima di procedere risolvi le verifiche bloccanti indicate nella pratica.', error.issues.filter((i) => i.path !== 'plannedEndDate'));
      }
      throw error;
    }
  },
};
