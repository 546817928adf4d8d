/**
 * «Oggi»: the first screen after login (issue 16). What needs doing today and in the next days,
 * each item pointing at the exact place where it is done: the desk's agenda, for the operator's
 * own people and files, for a chosen operator, or for the whole office.
 */
import { z } from 'zod';
import { method } from './define';

/**
 * The kinds of item, in the order the page shows them: the ones with a legal deadline first.
 * Each is computed by one statement in electron/core/services/today/.
 */
export const AGENDA_KINDS = [
  'comunicazione-avvio',
  'comunicazione-proroga-cessazione',
  'colloqui',
  'firme',
  'presenze-da-inserire',
  'mesi-da-chiudere',
  'in-scadenza',
  'permessi',
  'informativa',
  'fabbisogni-fermi',
  'scambio',
] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_TITLES: Record<AgendaKind, string> = {
  'comunicazione-avvio': 'Tirocini da avviare senza comunicazione obbligatoria',
  'comunicazione-proroga-cessazione': 'Proroghe e cessazioni da comunicare',
  colloqui: 'Colloqui di oggi e dei prossimi giorni',
  firme: 'Documenti in attesa di firma',
  'presenze-da-inserire': 'Presenze del mese scorso da inserire',
  'mesi-da-chiudere': 'Mesi di presenze da chiudere',
  'in-scadenza': 'Tirocini che finiscono entro 30 giorni',
  permessi: 'Permessi di soggiorno in scadenza entro 60 giorni',
  informativa: 'Persone senza informativa privacy registrata',
  'fabbisogni-fermi': 'Fabbisogni senza proposte',
  scambio: 'Scambio dati: conflitti e doppioni da decidere',
};

export const agendaEntrySchema = z.object({
  /** What it is about, as the desk names it: a person, a file number and person, a need. */
  label: z.string(),
  /** What is due, in a few words («entro il 14/12/2026», «colloquio alle 10:30»). */
  detail: z.string(),
  /** The day it is due or happens, for ordering and the «oggi»/«in ritardo» mark; null: no date. */
  due: z.string().nullable(),
  /** The app's address of the place where it is done (a tab of a record, a list). */
  to: z.string(),
});
export type AgendaEntry = z.output<typeof agendaEntrySchema>;

export const agendaItemSchema = z.object({
  kind: z.enum(AGENDA_KINDS),
  /** How many in all; `entries` holds the first ones, soonest first. */
  count: z.number().int(),
  entries: z.array(agendaEntrySchema),
  /** Where the whole list of them is (a filtered list), when there is one. */
  all: z.string().nullable(),
});
export type AgendaItem = z.output<typeof agendaItemSchema>;

export const AGENDA_SCOPES = ['mine', 'operator', 'office'] as const;

export const agendaInput = z.object({
  /** Mine (the caller's people and files), one operator's (coordinators), or the whole office's. */
  scope: z.enum(AGENDA_SCOPES).default('mine'),
  operatorId: z.string().nullish().transform((v) => v || null),
  /** How many entries per item. */
  entries: z.number().int().min(1).max(50).default(5),
});

export const agendaSchema = z.object({
  today: z.string(),
  /** Whose agenda it is, in words («le tue pratiche», «Anna Bianchi», «tutto l’ufficio»). */
  scopeLabel: z.string(),
  /** Only the items with something to do, in AGENDA_KINDS order. */
  items: z.array(agendaItemSchema),
  /** Days the needs list calls «ferme» (a setting of the page's own, for now fixed). */
  staleNeedDays: z.number().int(),
});
export type Agenda = z.output<typeof agendaSchema>;

export const todayMethods = {
  'today.agenda': method({
    reads: true,
    summary: 'L’agenda di oggi: scadenze, colloqui, firme, presenze, permessi e fabbisogni da seguire, ciascuno col suo link',
    access: 'candidates.read',
    input: agendaInput,
    output: agendaSchema,
  }),
};
