import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError, type ApiError } from '@shared/api/errors';

const shown = vi.hoisted(() => [] as { title?: unknown; message?: unknown }[]);
vi.mock('@mantine/notifications', () => ({
  notifications: { show: (n: { title?: unknown; message?: unknown }) => shown.push(n), hide: () => undefined },
}));

const { showApiError } = await import('./form-errors');

const titleFor = (error: ApiError) => {
  showApiError(new ApiCallError(error));
  return String(shown.at(-1)?.title);
};

describe('the title of a refused save', () => {
  beforeEach(() => {
    shown.length = 0;
  });

  it('never says «conflitto» for a wrong field', () => {
    const title = titleFor({
      code: 'VALIDATION',
      message: 'Alcuni dati non sono validi: controlla i campi evidenziati.',
      issues: [{ path: 'employees', message: 'Il numero di dipendenti non può essere negativo' }],
    });
    expect(title).toBe('Non salvato');
  });

  it('never says «conflitto» for a refusal of the record’s state', () => {
    expect(titleFor({ code: 'CONFLICT', message: 'Il mese marzo 2027 è chiuso: può correggerlo solo un coordinatore.' })).toBe('Non salvato');
    expect(titleFor({ code: 'CONFLICT', message: 'Nome già in elenco', issues: [{ path: 'name', message: 'Nome già in elenco' }] })).toBe('Non salvato');
  });

  it('says «conflitto» only when a colleague saved the record meanwhile', () => {
    const title = titleFor({ code: 'CONFLICT', message: 'Nel frattempo un altro operatore ha modificato questa pratica.', details: { reason: 'stale' } });
    expect(title).toMatch(/conflitto/);
  });
});
