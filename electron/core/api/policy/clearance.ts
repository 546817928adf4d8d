/**
 * What a caller may see of a person beyond what every role sees. Decided once per call by
 * `dispatch` from the role's permissions, so no handler asks the role table itself.
 */
import { roleCan, type Role } from '@shared/api/permissions';

export interface Clearance {
  /**
   * Special-category data (art. 9 GDPR): the restricted target categories and anything that
   * would tell them (a duration limit, a ranking score). Given by `candidates.special`.
   */
  special: boolean;
}

/** Nobody logged in (the public methods) sees no more than the least of the roles. */
export function clearanceOf(operator: { role: Role } | null): Clearance {
  return { special: operator !== null && roleCan(operator.role, 'candidates.special') };
}
