import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { ROLES } from '@shared/api/permissions';
import { recordColumns } from './record';

export const operators = sqliteTable(
  'operators',
  {
    ...recordColumns(),
    username: text('username').notNull().unique(),
    fullName: text('full_name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    /** scrypt hash with its parameters and salt; never the password. */
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    lastLoginAt: text('last_login_at'),
  },
  (t) => [index('operators_role_idx').on(t.role)],
);
