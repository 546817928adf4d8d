/** What each role may do. Checked in the core's handler table, never only in the UI. */
export const ROLES = ['operatore', 'coordinatore', 'amministratore'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  operatore: 'Operatore',
  coordinatore: 'Coordinatore',
  amministratore: 'Amministratore',
};

export const PERMISSIONS = [
  'associations.read',
  'associations.write',
  'associations.delete',
  'candidates.read',
  'candidates.write',
  'candidates.delete',
  'candidates.merge',
  'candidates.special',
  'needs.read',
  'needs.write',
  'needs.delete',
  'matches.read',
  'matches.write',
  'matches.weights',
  'internships.read',
  'internships.write',
  'internships.waive',
  'attendance.close',
  'rules.manage',
  'documents.read',
  'documents.write',
  'audit.read',
  /** The whole audit log (who viewed special data, who exported, failed logins): not a record's history. */
  'audit.view',
  'operators.manage',
  'settings.manage',
  'exchange.run',
  'exchange.import',
  'exchange.resolve',
  'exchange.publish',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * `public`: callable before login (first start, login itself).
 * `session`: any logged-in operator, whatever the role (own profile, logout, unlock).
 */
export type Access = Permission | 'public' | 'session';

const OPERATOR: readonly Permission[] = [
  'associations.read',
  'associations.write',
  'candidates.read',
  'candidates.write',
  'needs.read',
  'needs.write',
  'matches.read',
  'matches.write',
  'internships.read',
  'internships.write',
  'documents.read',
  'documents.write',
  'audit.read',
];
/**
 * Health, disability and social-care data (art. 9 GDPR) are for the roles that decide on a
 * person's placement: the coordinator, and the administrator who holds every right.
 */
const COORDINATOR: readonly Permission[] = [
  ...OPERATOR,
  'associations.delete',
  'candidates.delete',
  'candidates.merge',
  'candidates.special',
  'needs.delete',
  'matches.weights',
  'internships.waive',
  'attendance.close',
  'rules.manage',
  // The audit log names who viewed special data: for the roles that may see it and answer for it.
  'audit.view',
  // The regional exchange carries every person's data: the coordinator decides what leaves and what comes in.
  'exchange.run',
  'exchange.import',
  'exchange.resolve',
  'exchange.publish',
];
const ADMINISTRATOR: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  operatore: new Set(OPERATOR),
  coordinatore: new Set(COORDINATOR),
  amministratore: new Set(ADMINISTRATOR),
};

/**
 * Who may accept a digitally signed copy whose content differs from the document prepared
 * (decision 0033): the same people who may let a file start without the signed pack.
 */
export const ACCEPTS_DIFFERENT_SIGNED_CONTENT: Permission = 'internships.waive';

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
