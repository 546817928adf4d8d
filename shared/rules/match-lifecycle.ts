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

/**
 * An accepted match is where the internship file starts, so it is final here; a refusal or a
 * withdrawal is final too (propose the person again for another need instead).
 */
const NEXT: Record<MatchStatus, readonly MatchStatus[]> = {
  proposto: ['colloquio_fissato', 'accettato', 'rifiutato_ente', 'rifiutato_candidato', 'ritirato'],
  colloquio_fissato: ['colloquio_fissato', 'accettato', 'rifiutato_ente', 'rifiutato_candidato', 'ritirato'],
  accettato: [],
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
  /** Today, 'YYYY-MM-DD' (Europe/Rome). */
  today: string;
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
    if (input.interviewAt.slice(0, 10) < input.today) return 'Il colloquio non può essere fissato in una data passata.';
  }
  return null;
}
