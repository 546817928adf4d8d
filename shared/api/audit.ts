import { z } from 'zod';
import { method } from './define';
import { id } from './fields';

export const AUDITED_ENTITIES = ['associations', 'candidates', 'candidate_special', 'needs', 'matches', 'internships', 'operators', 'settings', 'rule_sets', 'committees', 'patron_days', 'professions'] as const;
export type AuditedEntity = (typeof AUDITED_ENTITIES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'login', 'view', 'merge', 'import', 'export', 'resolve'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const changeValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  operatorName: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  changes: z.array(z.object({ field: z.string(), before: changeValue, after: changeValue })),
});
export type AuditEntry = z.output<typeof auditEntrySchema>;

export const auditMethods = {
  'audit.forRecord': method({
    summary: 'Storico delle modifiche di un record',
    access: 'audit.read',
    visibility: 'history',
    input: z.object({ entity: z.enum(AUDITED_ENTITIES), id }),
    output: z.array(auditEntrySchema),
  }),
};
