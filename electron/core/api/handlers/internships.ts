import type { internshipsMethods } from '../../../../shared/api/internships';
import type { Internship } from '../../../../shared/api/internship-fields';
import { roleCan } from '../../../../shared/api/permissions';
import { italianDate } from '../../../../shared/validation/italian-time';
import { candidateSexOf } from '../../services/candidates/record';
import { closeMonth, getAttendance, setAttendance } from '../../services/internships/attendance';
import { extendInternship, waiveRule } from '../../services/internships/extend-and-waive';
import { checkDraft, createFromMatch, createInternship, getInternship, updateInternship } from '../../services/internships/internships';
import { listInternships } from '../../services/internships/list';
import { setPortalReference } from '../../services/internships/portal-reference';
import { deleteInternship, restoreInternship } from '../../services/internships/remove';
import { transitionInternship } from '../../services/internships/transition';
import { convertSuspension, listShortSuspensions } from '../../services/internships/short-suspensions';
import type { AreaHandlers, HandlerContext } from '../types';

/**
 * The file with the intern's sex added, so the screens agree what they say of the person (the
 * file's own reader does not look at the profile). What a role may see of it is the dispatcher's
 * policy (../policy/internships.ts).
 */
function withSex(read: Internship, state: HandlerContext['state']): Internship {
  return { ...read, candidateSex: candidateSexOf(state.database.db, read.candidateId) };
}

const reading = (state: HandlerContext['state']) => ({ db: state.database.db, sqlite: state.database.sqlite, today: italianDate(state.now()) });

export const internshipsHandlers: AreaHandlers<keyof typeof internshipsMethods> = {
  'internships.list': (input, { state }) => listInternships(state.database.sqlite, input, state.now()),
  'internships.get': (input, { state }) => withSex(getInternship(reading(state), input.id), state),
  'internships.create': (input, { service, state }) => withSex(createInternship(service(), input), state),
  'internships.createFromMatch': (input, { service, state }) => withSex(createFromMatch(service(), input.matchId), state),
  'internships.update': (input, { service, state }) => withSex(updateInternship(service(), input.id, input.hlc, input.data), state),
  'internships.setPortalReference': (input, { service, state }) =>
    withSex(setPortalReference(service(), input.id, input.hlc, input.portalReference), state),
  'internships.check': (input, { state }) => checkDraft(reading(state), input.id, input.data),
  'internships.extend': (input, { service, state }) => {
    const { id, hlc, ...ext } = input;
    return withSex(extendInternship(service(), id, hlc, ext), state);
  },
  'internships.waive': (input, { service, state }) => withSex(waiveRule(service(), input.id, input.rule, input.reason, input.seasonal), state),
  'internships.shortSuspensions': (_input, { state }) => listShortSuspensions(state.database.db),
  'internships.convertSuspension': (input, { service, state }) => withSex(convertSuspension(service(), input.id, input.hlc, input.suspensionId), state),
  'internships.attendance': (input, { state }) => getAttendance(state.database.db, input.id, italianDate(state.now())),
  'internships.setAttendance': (input, { service, operator }) =>
    setAttendance(service(), input.id, input.month, input, operator !== null && roleCan(operator.role, 'attendance.close')),
  'internships.closeMonth': (input, { service }) => closeMonth(service(), input.id, input.month),
  'internships.delete': (input, { service, state }) => withSex(deleteInternship(service(), input.id, input.hlc), state),
  'internships.restore': (input, { service, state }) => withSex(restoreInternship(service(), input.id, input.hlc), state),
  'internships.transition': (input, { service, state }) => {
    const { id, hlc, ...move } = input;
    return withSex(transitionInternship(service(), id, hlc, move), state);
  },
};
