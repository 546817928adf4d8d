/**
 * The stale-edit guard every write to an existing record goes through: the version (hlc) the
 * operator started from must still be the stored one, or someone else saved meanwhile. The
 * answer carries `reason: 'stale'`, which the screens use to offer the current version.
 */
import { AppError } from '@shared/api/errors';

/**
 * `what`: the record as the sentence names it ("questo fabbisogno", "questa pratica").
 * `form`: the write comes from a form that keeps what was typed and can load the current
 * version; otherwise (a step on a page) the page reloads and the operator tries again.
 */
export function assertSameVersion(storedHlc: string, expectedHlc: string, what: string, from: 'form' | 'page'): void {
  if (storedHlc === expectedHlc) return;
  const message =
    from === 'form'
      ? `Nel frattempo un altro operatore ha modificato ${what}. Premi «Carica la versione attuale»: i dati che hai scritto restano nel modulo.`
      : `Nel frattempo un altro operatore ha aggiornato ${what}: la pagina è stata ricaricata, riprova.`;
  throw new AppError('CONFLICT', message, undefined, { reason: 'stale' });
}
