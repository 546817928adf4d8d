/**
 * The labels that describe one person, agreed with that person's sex. The lists' own labels
 * (MATCH_STATUS_LABELS and the like) stay as they are for filters and history, where no one person
 * is meant; where a screen or a message names someone, it reads these.
 */
import type { CandidateStatus } from '../domain/person';
import type { InternshipOutcome, InterruptedBy } from '../rules/internship-lifecycle';
import type { MatchStatus } from '../rules/match-lifecycle';
import { agree, type PersonSex } from './agreement';

const MATCH_STATUS: Record<MatchStatus, string> = {
  proposto: 'Proposto/a',
  colloquio_fissato: 'Colloquio fissato',
  accettato: 'Accettato/a',
  rifiutato_ente: 'Rifiutato/a dall’ente',
  rifiutato_candidato: 'Rifiutato/a dal/dalla candidato/a',
  ritirato: 'Ritirato/a',
};

const CANDIDATE_STATUS: Record<CandidateStatus, string> = {
  attivo: 'Attivo/a',
  in_tirocinio: 'In tirocinio',
  occupato: 'Occupato/a',
  non_disponibile: 'Non disponibile',
  archiviato: 'Archiviato/a',
};

const OUTCOME: Record<InternshipOutcome, string> = {
  assunto_ente: 'Assunto/a dall’ente ospitante',
  assunto_altrove: 'Assunto/a altrove',
  senza_assunzione: 'Concluso senza assunzione',
};

const INTERRUPTED_BY: Record<InterruptedBy, string> = {
  tirocinante: 'Il/La tirocinante',
  ente_ospitante: 'L’ente ospitante',
  promotore: 'Il soggetto promotore',
};

/** After «Interrotto»: who ended it. */
const INTERRUPTED_BY_AGENT: Record<InterruptedBy, string> = {
  tirocinante: 'dal/dalla tirocinante',
  ente_ospitante: 'dall’ente ospitante',
  promotore: 'dal soggetto promotore',
};

/** «Proposta», «Accettato», «Rifiutata dalla candidata»: a proposal's status said of its person. */
export function matchStatusOf(status: MatchStatus, sex: PersonSex): string {
  return agree(sex, MATCH_STATUS[status]);
}

/** «Attiva», «Occupato»: a person's status. */
export function candidateStatusOf(status: CandidateStatus, sex: PersonSex): string {
  return agree(sex, CANDIDATE_STATUS[status]);
}

/** «Assunta dall’ente ospitante»: how the intern's tirocinio ended. */
export function outcomeOf(outcome: InternshipOutcome, sex: PersonSex): string {
  return agree(sex, OUTCOME[outcome]);
}

/** «La tirocinante», «L’ente ospitante»: who ended a tirocinio early. */
export function interruptedByOf(by: InterruptedBy, sex: PersonSex): string {
  return agree(sex, INTERRUPTED_BY[by]);
}

/** «dalla tirocinante», «dall’ente ospitante»: who ended a tirocinio early, after «Interrotto». */
export function interruptedByAgentOf(by: InterruptedBy, sex: PersonSex): string {
  return agree(sex, INTERRUPTED_BY_AGENT[by]);
}
