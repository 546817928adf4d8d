import { z } from 'zod';
import { method } from './define';
import { endsBeforeStart, id, optionalDate, pageInput } from './fields';

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

/** How the audit viewer names each action, as a noun (a list of events, not a record's history). */
export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Creazione',
  update: 'Modifica',
  delete: 'Eliminazione',
  restore: 'Ripristino',
  login: 'Accesso',
  view: 'Consultazione',
  merge: 'Unione di profili',
  import: 'Importazione',
  export: 'Esportazione',
  resolve: 'Conflitto risolto',
};

/** The audit viewer's «Tipo»: the questions the GDPR asks of a log (issue 15), or everything. */
export const AUDIT_KINDS = ['tutto', 'dati-particolari', 'esportazioni', 'accessi-falliti'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_KIND_LABELS: Record<AuditKind, string> = {
  tutto: 'Tutto',
  'dati-particolari': 'Dati particolari visti',
  esportazioni: 'Esportazioni',
  'accessi-falliti': 'Accessi non riusciti',
};

/** The filters of the audit viewer, shared by the page and its CSV so the file is what the screen shows. */
const auditFilters = {
  personId: id.nullish(),
  operatorId: id.nullish(),
  action: z.enum(AUDIT_ACTIONS, { error: 'Azione non valida' }).nullish(),
  kind: z.enum(AUDIT_KINDS, { error: 'Tipo non valido' }).default('tutto'),
  /** Italian calendar days, both included. */
  from: optionalDate('Dal'),
  to: optionalDate('Al'),
};
const periodInOrder = (f: { from: string | null; to: string | null }) => !endsBeforeStart(f.from, f.to);
const periodMessage = { message: 'Al: la data viene prima di «Dal»', path: ['to'] };

export const auditSearchInput = z.object({ ...auditFilters, ...pageInput }).refine(periodInOrder, periodMessage);
export type AuditSearchInput = z.output<typeof auditSearchInput>;
export const auditExportInput = z.object(auditFilters).refine(periodInOrder, periodMessage);
export type AuditFilters = z.output<typeof auditExportInput>;

export const auditRowSchema = z.object({
  id: z.string(),
  at: z.string(),
  operatorName: z.string(),
  /** In Italian («Accesso non riuscito», «Consultazione»…). */
  action: z.string(),
  /** What kind of record, in Italian («Candidato», «Dati particolari»…). */
  entity: z.string(),
  /** The person's or record's name when it still exists; otherwise null. */
  entityLabel: z.string().nullable(),
  summary: z.string(),
});
export type AuditRow = z.output<typeof auditRowSchema>;

export const auditMethods = {
  'audit.forRecord': method({
    summary: 'Storico delle modifiche di un record',
    access: 'audit.read',
    visibility: 'history',
    input: z.object({ entity: z.enum(AUDITED_ENTITIES), id }),
    output: z.array(auditEntrySchema),
  }),
  'audit.search': method({
    summary: 'Registro accessi: chi ha fatto cosa, filtrato per persona, operatore, azione, tipo e periodo',
    access: 'audit.view',
    // Only the roles that may see special data hold audit.view, so no visibility rule is needed.
    reads: true,
    input: auditSearchInput,
    output: z.object({
      items: z.array(auditRowSchema),
      total: z.number().int(),
      /** Every operator of the office, for the «Operatore» filter (coordinators cannot list operators). */
      operators: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  }),
  'audit.export': method({
    summary: 'Esporta il registro accessi filtrato in CSV per Excel; l’esportazione è registrata',
    access: 'audit.view',
    input: auditExportInput,
    output: z.object({ fileName: z.string(), mimeType: z.string(), contentBase64: z.string() }),
  }),
};
