import { ZodError } from 'zod';
import { AppError, type ApiError } from '@shared/api/errors';
import type { Logger } from '../log';

export const UNEXPECTED_MESSAGE =
  "Si è verificato un errore imprevisto: l'operazione non è stata eseguita. Riprova; se si ripete, avvisa l'assistenza indicando l'ora.";

export function validationError(error: ZodError): ApiError {
  return {
    code: 'VALIDATION',
    message: 'Alcuni dati non sono validi: controlla i campi evidenziati.',
    issues: error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}

/** Any thrown value to an error safe to show: Italian message, no stack trace. */
export function toApiError(error: unknown, method: string, log: Logger): ApiError {
  if (error instanceof AppError) return error.toApiError();
  if (error instanceof ZodError) return validationError(error);
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    log.error(`${method}: database busy`, error);
    return { code: 'IO', message: "L'archivio è occupato da un'altra operazione: riprova tra qualche secondo." };
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    log.error(`${method}: disk full`, error);
    return { code: 'IO', message: 'Il disco è pieno: libera spazio e riprova. Nessun dato è stato modificato.' };
  }
  log.error(`${method}: unexpected error`, error);
  return { code: 'IO', message: UNEXPECTED_MESSAGE };
}
