/**
 * The life of a match (a candidate proposed for a need). Like the need's lifecycle, one table
 * read by the UI (which offers only these moves) and by the core (which refuses the others).
 */
export const MATCH_STATUSES = [
  'proposto',
  'colloquio_fissato',
  'accettato',
  'rifiutato_ente',
  'rifiutato_candidato',
  'ritirato',
] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

export const MATCH_STATUS_LABELS: Record<MatchStatus, string> = {
  proposto: 'Proposto',
  colloquio_fissato: 'Colloquio fissato',
  accettato: 'Accettato',
  rifiutato_ente: 'Rifiutato dall’ente',
  rifiutato_candidato: 'Rifiutato dal candidato',
  ritirato: 'Ritirato',
};

/** Still in play: the person is waiting for an answer. */
export const OPEN_MATCH_STATUSES: readonly MatchStatus[] = ['proposto', 'colloquio_fissato'];

/** Still in play or accepted: at most one such proposal per person and need. */
export const LIVE_MATCH_STATUSES: readonly MatchStatus[] = ['proposto', 'colloquio_fissato', 'accettato'];

/**
 * An accepted match is where the internship file starts; until then the person may still drop
 * out (or the desk withdraw them). Refusals and withdrawals are final: to try again the person is
 * proposed anew, which keeps the earlier outcome on record.
 */
const NEXT: Record<MatchStatus, readonly MatchStatus[]> = {
  proposto: ['colloquio_fissato', 'accettato', 'rifiutato_ente', 'rifiutato_candidato', 'ritirato'],
  colloquio_fissato: ['colloquio_fissato', 'accettato', 'rifiutato_ente', 'rifiutato_candidato', 'ritirato'],
  accettato: ['rifiutato_candidato', 'ritirato'],
  rifiutato_ente: [],
  rifiutato_candidato: [],
  ritirato: [],
};

export function nextMatchStatuses(from: MatchStatus): readonly MatchStatus[] {
  return NEXT[from];
}

export interface MatchTransitionInput {
  /** 'YYYY-MM-DDTHH:mm' local time of the interview: required to schedule one. */
  interviewAt: string | null;
  /** Now, 'YYYY-MM-DDTHH:mm' in Italy. */
  now: string;
}

/** Null when the move is allowed; otherwise why not, in Italian. */
export function matchTransitionProblem(from: MatchStatus, to: MatchStatus, input: MatchTransitionInput): string | null {
  if (!NEXT[from].includes(to)) {
    if (from === to) return `La proposta è già «${MATCH_STATUS_LABELS[to]}».`;
    const allowed = NEXT[from].map((s) => `«${MATCH_STATUS_LABELS[s]}»`);
    return allowed.length === 0
      ? `Una proposta «${MATCH_STATUS_LABELS[from]}» non cambia più stato.`
      : `Da «${MATCH_STATUS_LABELS[from]}» si può passare solo a ${allowed.join(', ')}.`;
  }
  if (to === 'colloquio_fissato') {
    if (!input.interviewAt) return 'Indica la data e l’ora del colloquio.';
    if (input.interviewAt < input.now) return 'Il colloquio non può essere fissato nel passato: controlla giorno e ora.';
  }
  return null;
}
