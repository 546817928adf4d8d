import type { internshipsMethods } from '../../../../shared/api/internships';
import type { FindingView, Internship } from '../../../../shared/api/internship-fields';
import { isRestrictedCategory } from '../../../../shared/api/candidate-fields';
import { roleCan } from '../../../../shared/api/permissions';
import { italianDate } from '../../../../shared/validation/italian-time';
import { checkDraft, createFromMatch, createInternship, getInternship, updateInternship } from '../../services/internships/internships';
import { closeMonth, getAttendance, setAttendance } from '../../services/internships/attendance';
import { extendInternship, waiveRule } from '../../services/internships/extend-and-waive';
import { listInternships } from '../../services/internships/list';
import { transitionInternship } from '../../services/internships/transition';
import type { AreaHandlers, HandlerContext } from '../types';

/** Disability and social-care categories are for coordinators: an operator sees that one is set, not which. */
function masked(file: Internship, operator: HandlerContext['operator']): Internship {
  const sees = operator !== null && roleCan(operator.role, 'candidates.special');
  if (sees || !isRestrictedCategory(file.targetCategory)) return file;
  return { ...file, targetCategory: null, targetCategoryHidden: true, findings: maskedFindings(file.findings) };
}

/** The maximum duration depends on the category: its number (12 or 24 months) would tell which one. */
function maskedFindings(findings: FindingView[]): FindingView[] {
  return findings.map((f) =>
    f.rule === 'durata-massima'
      ? { ...f, message: 'Dura più del massimo previsto per la categoria del candidato, che è riservata: la verifica il coordinatore.' }
      : f,
  );
}

const reading = (state: HandlerContext['state']) => ({ db: state.database.db, sqlite: state.database.sqlite, today: italianDate(state.now()) });

export const internshipsHandlers: AreaHandlers<keyof typeof internshipsMethods> = {
  'internships.list': (input, { state }) => listInternships(state.database.sqlite, input, state.now()),
  'internships.get': (input, { state, operator }) => masked(getInternship(reading(state), input.id), operator),
  'internships.create': (input, { service, operator }) => masked(createInternship(service(), input), operator),
  'internships.createFromMatch': (input, { service, operator }) => masked(createFromMatch(service(), input.matchId), operator),
  'internships.update': (input, { service, operator }) => masked(updateInternship(service(), input.id, input.hlc, input.data), operator),
  'internships.check': (input, { state, operator }) => {
    const findings = checkDraft(reading(state), input.id, input.data);
    const sees = operator !== null && roleCan(operator.role, 'candidates.special');
    const category = state.database.sqlite.prepare('SELECT target_category AS c FROM candidates WHERE id = ?').get(input.data.candidateId) as { c: string | null } | undefined;
    return !sees && isRestrictedCategory(category?.c ?? null) ? maskedFindings(findings) : findings;
  },
  'internships.extend': (input, { service, operator }) => {
    const { id, hlc, ...ext } = input;
    return masked(extendInternship(service(), id, hlc, ext), operator);
  },
  'internships.waive': (input, { service, operator }) => masked(waiveRule(service(), input.id, input.rule, input.reason), operator),
  'internships.attendance': (input, { state }) => getAttendance(state.database.db, input.id, italianDate(state.now())),
  'internships.setAttendance': (input, { service, operator }) =>
    setAttendance(service(), input.id, input.month, input.attendedHours, operator !== null && roleCan(operator.role, 'attendance.close')),
  'internships.closeMonth': (input, { service }) => closeMonth(service(), input.id, input.month),
  'internships.transition': (input, { service, operator }) => {
    const { id, hlc, ...move } = input;
    return masked(transitionInternship(service(), id, hlc, move), operator);
  },
};
