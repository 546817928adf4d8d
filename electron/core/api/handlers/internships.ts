import type { internshipsMethods } from '@shared/api/internships';
import type { Internship } from '@shared/api/internship-fields';
import { roleCan } from '@shared/api/permissions';
import { candidateSexOf } from '../../services/candidates/record';
import { closeMonth, getAttendance, setAttendance } from '../../services/internships/attendance';
import { extendInternship, waiveRule } from '../../services/internships/extend-and-waive';
import { checkDraft, createFromMatch, createInternship, getInternship, updateInternship } from '../../services/internships/internships';
import { listInternships } from '../../services/internships/list';
import { setPortalReference } from '../../services/internships/portal-reference';
import { deleteInternship, restoreInternship } from '../../services/internships/remove';
import { transitionInternship } from '../../services/internships/transition';
import { convertSuspension, listShortSuspensions } from '../../services/internships/short-suspensions';
import type { ReadCtx } from '../../context';
import type { AreaHandlers } from '../types';

/**
 * The file with the intern's sex added, so the screens agree what they say of the person (the
 * file's own reader does not look at the profile). What a role may see of it is the dispatcher's
 * policy (../policy/internships.ts).
 */
function withSex(file: Internship, ctx: ReadCtx): Internship {
  return { ...file, candidateSex: candidateSexOf(ctx, file.candidateId) };
}

export const internshipsHandlers: AreaHandlers<keyof typeof internshipsMethods> = {
  'internships.list': (input, { read }) => listInternships(read(), input),
  'internships.get': (input, { read }) => {
    const ctx = read();
    return withSex(getInternship(ctx, input.id), ctx);
  },
  'internships.create': (input, { write, read }) => withSex(createInternship(write(), input), read()),
  'internships.createFromMatch': (input, { write, read }) => withSex(createFromMatch(write(), input.matchId), read()),
  'internships.update': (input, { write, read }) => withSex(updateInternship(write(), input.id, input.hlc, input.data), read()),
  'internships.setPortalReference': (input, { write, read }) =>
    withSex(setPortalReference(write(), input.id, input.hlc, input.portalReference), read()),
  'internships.check': (input, { read }) => checkDraft(read(), input.id, input.data),
  'internships.extend': (input, { write, read }) => {
    const { id, hlc, ...ext } = input;
    return withSex(extendInternship(write(), id, hlc, ext), read());
  },
  'internships.waive': (input, { write, read }) => withSex(waiveRule(write(), input.id, input.rule, input.reason, input.seasonal), read()),
  'internships.shortSuspensions': (_input, { read }) => listShortSuspensions(read()),
  'internships.convertSuspension': (input, { write, read }) => withSex(convertSuspension(write(), input.id, input.hlc, input.suspensionId), read()),
  'internships.attendance': (input, { read }) => getAttendance(read(), input.id),
  'internships.setAttendance': (input, { write, operator }) =>
    setAttendance(write(), input.id, input.month, input, operator !== null && roleCan(operator.role, 'attendance.close')),
  'internships.closeMonth': (input, { write }) => closeMonth(write(), input.id, input.month),
  'internships.delete': (input, { write, read }) => withSex(deleteInternship(write(), input.id, input.hlc), read()),
  'internships.restore': (input, { write, read }) => withSex(restoreInternship(write(), input.id, input.hlc), read()),
  'internships.transition': (input, { write, read }) => {
    const { id, hlc, ...move } = input;
    return withSex(transitionInternship(write(), id, hlc, move), read());
  },
};
