import { describe, expect, it } from 'vitest';
import { NEED_STATUSES, needTransitionProblem, nextNeedStatuses, type NeedStatus } from './need-lifecycle';

const WITH_ACCEPTED = { acceptedMatches: 1, proposedMatches: 2 };
const NOTHING = { acceptedMatches: 0, proposedMatches: 0 };

describe('need lifecycle', () => {
  it.each<[NeedStatus, NeedStatus]>([
    ['nuovo', 'in_analisi'],
    ['nuovo', 'annullato'],
    ['nuovo', 'candidati_proposti'],
    ['in_analisi', 'candidati_proposti'],
    ['in_analisi', 'chiuso_senza_esito'],
    ['candidati_proposti', 'coperto'],
    ['candidati_proposti', 'in_analisi'],
    ['chiuso_senza_esito', 'in_analisi'],
    ['annullato', 'in_analisi'],
  ])('%s → %s is allowed', (from, to) => {
    expect(needTransitionProblem(from, to, WITH_ACCEPTED)).toBeNull();
  });

  it.each<[NeedStatus, NeedStatus, string]>([
    ['nuovo', 'coperto', 'Da «Nuovo» si può passare solo a «In analisi», «Candidati proposti», «Annullato».'],
    ['nuovo', 'chiuso_senza_esito', 'Da «Nuovo» si può passare solo a «In analisi», «Candidati proposti», «Annullato».'],
    ['coperto', 'in_analisi', 'Il fabbisogno ha un candidato accettato: per riaprirlo ritira prima quella proposta.'],
    ['coperto', 'annullato', 'Da «Coperto» si può passare solo a «In analisi».'],
    ['chiuso_senza_esito', 'coperto', 'Da «Chiuso senza esito» si può passare solo a «In analisi».'],
    ['in_analisi', 'in_analisi', 'Il fabbisogno è già «In analisi».'],
  ])('%s → %s is refused', (from, to, message) => {
    expect(needTransitionProblem(from, to, WITH_ACCEPTED)).toBe(message);
  });

  it('needs a proposal to become "candidati proposti" and an accepted match to become "coperto"', () => {
    expect(needTransitionProblem('in_analisi', 'candidati_proposti', NOTHING)).toContain('proponi almeno un candidato');
    expect(needTransitionProblem('candidati_proposti', 'coperto', { acceptedMatches: 0, proposedMatches: 3 })).toContain(
      'solo con un candidato accettato',
    );
  });

  it('every status has its list of next moves, and none leads back to "nuovo"', () => {
    for (const s of NEED_STATUSES) expect(nextNeedStatuses(s)).not.toContain('nuovo');
    expect(nextNeedStatuses('coperto')).toEqual(['in_analisi']);
    expect(needTransitionProblem('coperto', 'in_analisi', NOTHING)).toBeNull();
  });
});
