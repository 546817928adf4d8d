/**
 * The life of a need (fabbisogno): which status may follow which. The UI offers only these
 * moves and the core refuses any other, both reading this table.
 */
export const NEED_STATUSES = ['nuovo', 'in_analisi', 'candidati_proposti', 'coperto', 'chiuso_senza_esito', 'annullato'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const NEED_STATUS_LABELS: Record<NeedStatus, string> = {
  nuovo: 'Nuovo',
  in_analisi: 'In analisi',
  candidati_proposti: 'Candidati proposti',
  coperto: 'Coperto',
  chiuso_senza_esito: 'Chiuso senza esito',
  annullato: 'Annullato',
};

/** Needs still looking for someone: people are proposed, and files linked, only to these. */
export const PROPOSABLE_NEED_STATUSES: readonly NeedStatus[] = ['nuovo', 'in_analisi', 'candidati_proposti'];

/**
 * Allowed moves. A closed need can be reopened into analysis (the association calls back); a
 * covered one only once no accepted proposal is left (the person dropped out before starting).
 * A new need may go straight to "candidati proposti": proposing someone is the analysis.
 */
const NEXT: Record<NeedStatus, readonly NeedStatus[]> = {
  nuovo: ['in_analisi', 'candidati_proposti', 'annullato'],
  in_analisi: ['candidati_proposti', 'chiuso_senza_esito', 'annullato'],
  candidati_proposti: ['coperto', 'in_analisi', 'chiuso_senza_esito', 'annullato'],
  coperto: ['in_analisi'],
  chiuso_senza_esito: ['in_analisi'],
  annullato: ['in_analisi'],
};

export function nextNeedStatuses(from: NeedStatus): readonly NeedStatus[] {
  return NEXT[from];
}

export interface NeedTransitionContext {
  /** Matches for this need in status "accettato". */
  acceptedMatches: number;
  /** Matches proposed (any status). */
  proposedMatches: number;
}

/** Null when the move is allowed; otherwise why not, in Italian, for the desk. */
export function needTransitionProblem(from: NeedStatus, to: NeedStatus, ctx: NeedTransitionContext): string | null {
  if (from === to) return `Il fabbisogno è già «${NEED_STATUS_LABELS[to]}».`;
  if (!NEXT[from].includes(to)) {
    const allowed = NEXT[from].map((s) => `«${NEED_STATUS_LABELS[s]}»`);
    return allowed.length === 0
      ? `Un fabbisogno «${NEED_STATUS_LABELS[from]}» non cambia più stato.`
      : `Da «${NEED_STATUS_LABELS[from]}» si può passare solo a ${allowed.join(', ')}.`;
  }
  if (to === 'candidati_proposti' && ctx.proposedMatches === 0) {
    return 'Per passare a «Candidati proposti» proponi almeno un candidato.';
  }
  if (to === 'coperto' && ctx.acceptedMatches === 0) {
    return 'Un fabbisogno diventa «Coperto» solo con un candidato accettato.';
  }
  if (from === 'coperto' && ctx.acceptedMatches > 0) {
    return 'Il fabbisogno ha un candidato accettato: per riaprirlo ritira prima quella proposta.';
  }
  return null;
}
