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
  'audit.read',
  'operators.manage',
  'settings.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * `public`: callable before login (first start, login itself).
 * `session`: any logged-in operator, whatever the role (own profile, logout, unlock).
 */
export type Access = Permission | 'public' | 'session';

const OPERATOR: readonly Permission[] = ['associations.read', 'associations.write', 'audit.read'];
const COORDINATOR: readonly Permission[] = [...OPERATOR, 'associations.delete'];
const ADMINISTRATOR: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<Permission>> = {
  operatore: new Set(OPERATOR),
  coordinatore: new Set(COORDINATOR),
  amministratore: new Set(ADMINISTRATOR),
};

export function roleCan(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}
