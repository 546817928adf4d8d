/**
 * The error toast of a refused save, on Mantine's real notifications store. A second refusal while
 * the first toast is on screen used to reuse its id: React kept the old toast's element, and with it
 * the old auto-close timer, so the new «Non salvato» could vanish at once (a browser test caught
 * it under load). Each refusal now gets a toast of its own, the previous one taken away.
 */
import { notificationsStore } from '@mantine/notifications';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '@shared/api/errors';
import { showApiError, showSaved } from './form-errors';

const shown = () => notificationsStore.getState().notifications;

describe('one error toast at a time, each one new', () => {
  beforeEach(() => notificationsStore.setState({ ...notificationsStore.getState(), notifications: [], queue: [] }));

  it('a second refusal replaces the first with a toast of its own', () => {
    showApiError(new ApiCallError({ code: 'VALIDATION', message: 'Primo rifiuto' }));
    const first = shown();
    expect(first.map((n) => n.message)).toEqual(['Primo rifiuto']);
    showApiError(new ApiCallError({ code: 'VALIDATION', message: 'Secondo rifiuto' }));
    const second = shown();
    expect(second.map((n) => n.message)).toEqual(['Secondo rifiuto']);
    expect(second[0]!.id).not.toBe(first[0]!.id);
  });

  it('a successful save takes the error toast away', () => {
    showApiError(new ApiCallError({ code: 'VALIDATION', message: 'Rifiuto' }));
    showSaved('Fatto');
    expect(shown().map((n) => n.title)).toEqual(['Salvato']);
  });
});
