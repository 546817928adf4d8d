/** Abbinamenti: candidates ranked for a need (and needs for a candidate), proposals and their life. */
import { z } from 'zod';
import { MATCH_STATUSES } from '../rules/match-lifecycle';
import type { MatchWeights } from '../rules/matching';
import { CANDIDATE_STATUSES } from './candidate-fields';
import { method } from './define';
import { id } from './fields';
import { NEED_STATUSES } from './need-fields';

export { MATCH_STATUSES, MATCH_STATUS_LABELS, type MatchStatus } from '../rules/match-lifecycle';
export { DEFAULT_MATCH_WEIGHTS, type MatchWeights } from '../rules/matching';

export const MATCH_FACTORS = ['skills', 'place', 'hours', 'licence', 'education', 'category', 'availability'] as const satisfies readonly (keyof MatchWeights)[];
export const MATCH_FACTOR_LABELS: Record<keyof MatchWeights, string> = {
  skills: 'Competenze richieste',
  place: 'Vicinanza (stesso comune o provincia)',
  hours: 'Ore e turni compatibili',
  licence: 'Patente e mezzo proprio',
  education: 'Titolo di studio',
  category: 'Categoria prevista dal progetto',
  availability: 'Disponibile dalla data di inizio',
};

const weight = z
  .number({ error: 'Scrivi un numero da 0 a 100' })
  .int('Solo numeri interi')
  .min(0, 'Non meno di 0')
  .max(100, 'Non più di 100');

export const matchWeightsSchema = z
  .object({
    skills: weight,
    place: weight,
    hours: weight,
    licence: weight,
    education: weight,
    category: weight,
    availability: weight,
  })
  .refine((w) => Object.values(w).some((v) => v > 0), { message: 'Almeno un criterio deve avere un peso maggiore di 0', path: ['skills'] });

export const matchReasonSchema = z.object({
  factor: z.enum(MATCH_FACTORS),
  kind: z.enum(['ok', 'partial', 'missing']),
  points: z.number(),
  text: z.string(),
});
export type MatchReasonView = z.output<typeof matchReasonSchema>;

/** The proposal already made for this pair, if any: the ranking shows it instead of "Proponi". */
const existingMatch = z.object({ id: z.string(), status: z.enum(MATCH_STATUSES) }).nullable();

export const rankedCandidateSchema = z.object({
  candidateId: z.string(),
  name: z.string(),
  /** To agree the words said of the person (proposto/proposta). */
  sex: z.enum(['M', 'F']).nullable(),
  comune: z.string().nullable(),
  province: z.string().nullable(),
  status: z.enum(CANDIDATE_STATUSES),
  /** False for people in an internship, employed, not available or archived (shown on request). */
  available: z.boolean(),
  score: z.number().int(),
  reasons: z.array(matchReasonSchema),
  match: existingMatch,
});
export type RankedCandidate = z.output<typeof rankedCandidateSchema>;

export const rankedNeedSchema = z.object({
  needId: z.string(),
  title: z.string(),
  associationName: z.string(),
  comune: z.string().nullable(),
  province: z.string().nullable(),
  status: z.enum(NEED_STATUSES),
  score: z.number().int(),
  reasons: z.array(matchReasonSchema),
  match: existingMatch,
});
export type RankedNeed = z.output<typeof rankedNeedSchema>;

export const matchEventSchema = z.object({
  id: z.string(),
  at: z.string(),
  from: z.enum(MATCH_STATUSES).nullable(),
  to: z.enum(MATCH_STATUSES),
  interviewAt: z.string().nullable(),
  note: z.string().nullable(),
  operatorName: z.string(),
});

export const matchSchema = z.object({
  id: z.string(),
  hlc: z.string(),
  needId: z.string(),
  needTitle: z.string(),
  associationName: z.string(),
  candidateId: z.string(),
  candidateName: z.string(),
  /** To agree the words said of the person (proposto/proposta, il candidato/la candidata). */
  candidateSex: z.enum(['M', 'F']).nullable(),
  status: z.enum(MATCH_STATUSES),
  score: z.number().int(),
  reasons: z.array(matchReasonSchema),
  proposedOn: z.string(),
  interviewAt: z.string().nullable(),
  interviewPlace: z.string().nullable(),
  decidedOn: z.string().nullable(),
  notes: z.string().nullable(),
  operatorName: z.string(),
  events: z.array(matchEventSchema),
  /** The internship file opened from this (accepted) proposal, if any. */
  internshipId: z.string().nullable(),
});
export type Match = z.output<typeof matchSchema>;

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const note = z.string().trim().max(1000, 'Al massimo 1000 caratteri').nullish().transform((v) => v || null);

export const matchTransitionInput = z.object({
  id,
  hlc: z.string(),
  to: z.enum(MATCH_STATUSES),
  interviewAt: z
    .string()
    .regex(LOCAL_DATE_TIME, 'Data e ora del colloquio non valide')
    .nullish()
    .transform((v) => v || null),
  interviewPlace: z.string().trim().max(200).nullish().transform((v) => v || null),
  note,
});
export type MatchTransitionInput = z.input<typeof matchTransitionInput>;

const rankPage = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};

export const matchesMethods = {
  'matches.rankCandidates': method({
    summary: 'I candidati più adatti a un fabbisogno, con punteggio e motivi',
    access: 'matches.read',
    visibility: 'handler',
    input: z.object({ needId: id, includeUnavailable: z.boolean().default(false), ...rankPage }),
    output: z.object({
      items: z.array(rankedCandidateSchema),
      total: z.number().int(),
      /** People left out because not available (0 when they are included). */
      unavailable: z.number().int(),
      page: z.number().int(),
      pageSize: z.number().int(),
    }),
  }),
  'matches.rankNeeds': method({
    summary: 'I fabbisogni aperti più adatti a un candidato, con punteggio e motivi',
    access: 'matches.read',
    visibility: 'handler',
    input: z.object({ candidateId: id, ...rankPage }),
    output: z.object({ items: z.array(rankedNeedSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }),
  }),
  'matches.forNeed': method({
    summary: 'Le proposte fatte per un fabbisogno',
    access: 'matches.read',
    input: z.object({ needId: id }),
    output: z.array(matchSchema),
  }),
  'matches.forCandidate': method({
    summary: 'Le proposte in cui compare un candidato',
    access: 'matches.read',
    input: z.object({ candidateId: id }),
    output: z.array(matchSchema),
  }),
  'matches.propose': method({
    summary: 'Propone uno o più candidati per un fabbisogno',
    access: 'matches.write',
    input: z.object({
      needId: id,
      candidateIds: z.array(id).min(1, 'Scegli almeno un candidato').max(20, 'Al massimo 20 candidati per volta'),
      note,
    }),
    output: z.array(matchSchema),
  }),
  'matches.transition': method({
    summary: 'Fa avanzare una proposta: colloquio, accettazione, rifiuto, ritiro',
    access: 'matches.write',
    input: matchTransitionInput,
    output: matchSchema,
  }),
  'matches.weights': method({
    summary: 'I pesi dei criteri di abbinamento',
    access: 'matches.read',
    input: z.object({}),
    output: matchWeightsSchema,
  }),
  'matches.setWeights': method({
    summary: 'Cambia i pesi dei criteri di abbinamento (coordinatori)',
    access: 'matches.weights',
    input: matchWeightsSchema,
    output: matchWeightsSchema,
  }),
};
