/**
 * Shows an API error on a form: per-field messages next to the fields, the summary in a
 * notification. The form keeps everything that was typed.
 *
 * «Conflitto» is said only when a colleague saved the record meanwhile (`reason: 'stale'`): the core
 * also answers CONFLICT for refusals of state (a closed month, a name already in the list), and a
 * wrong field is VALIDATION; neither is a conflict the operator has to settle with someone.
 */
import { notifications } from '@mantine/notifications';
import { ApiCallError } from '@shared/api/errors';

/**
 * One error toast at a time: a new failure replaces it, a success removes it. Each toast has an id
 * of its own: reusing one id made React keep the old toast's element and its auto-close timer, so a
 * second «Non salvato» within eight seconds could vanish at once.
 */
let shownError: string | null = null;

function hideError(): void {
  if (shownError) notifications.hide(shownError);
  shownError = null;
}

interface FormWithErrors {
  setErrors(errors: Record<string, string>): void;
}

export function showApiError(error: unknown, form?: FormWithErrors, fallback?: string): void {
  const apiError = error instanceof ApiCallError ? error.error : null;
  if (apiError?.issues?.length && form) {
    form.setErrors(Object.fromEntries(apiError.issues.map((i) => [i.path, i.message])));
  }
  hideError();
  shownError = notifications.show({
    color: 'red',
    title: isStaleError(error) ? 'Non salvato: conflitto con un collega' : 'Non salvato',
    message: apiError?.message ?? fallback ?? 'Si è verificato un errore imprevisto. Riprova.',
    autoClose: 8000,
  });
}

export function showSaved(message: string, title = 'Salvato'): void {
  hideError();
  notifications.show({ color: 'teal', title, message, autoClose: 3000 });
}

/** True when the core refused because someone else changed the record meanwhile. */
export function isStaleError(error: unknown): boolean {
  return error instanceof ApiCallError && error.error.details?.reason === 'stale';
}
