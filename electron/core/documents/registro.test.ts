import { describe, expect, it } from 'vitest';
import { INTERN_TAX_CODE, registerMonthContext, sampleDocumentContext } from '../../../tests/support/document-context';
import { cellsOf, docxText, leftoversIn } from '../../../tests/support/docx-text';
import { tableRows } from '@shared/documents/fields';
import { date } from './format';
import { buildDocument } from './index';

/** The cells of the register's row for a day («08/12»), as the text helper separates them. */
function rowOf(body: string, day: string): string[] {
  const line = body.split('\n').find((l) => l.startsWith(`${day} |`));
  if (!line) throw new Error(`no row for ${day}`);
  return cellsOf(line);
}

describe('registro presenze', () => {
  it('lists every day of the month with its planned hours or the reason there are none', async () => {
    const { body, all } = docxText(await buildDocument(registerMonthContext()));
    expect(body).toContain('Mese di dicembre 2026');
    expect(body).toContain(`Giulia Ferrero – C.F. ${INTERN_TAX_CODE}`);
    for (let d = 1; d <= 31; d++) expect(body).toContain(`${String(d).padStart(2, '0')}/12 |`);
    expect(rowOf(body, '01/12').slice(0, 4)).toEqual(['01/12', 'mar', '5', '14:00–19:00']);
    expect(rowOf(body, '08/12').slice(0, 4)).toEqual(['08/12', 'mar', '—', 'Immacolata Concezione']);
    expect(rowOf(body, '25/12')[3]).toBe('Natale');
    expect(rowOf(body, '26/12')[3]).toBe('Santo Stefano');
    expect(rowOf(body, '06/12')[3]).toBe('Riposo');
    // A week of illness recorded as a «suspension» before decision 0014: absences, never a suspension.
    expect(rowOf(body, '15/12').slice(3, 7)).toEqual(['Assenza', '', '', '—']);
    expect(body).not.toContain('Tirocinio sospeso');
    expect(body).toContain('Tutor ospitante | Marco Bertola');
    expect(leftoversIn(all)).toEqual([]);
  });

  it('prints a qualifying suspension (a host closure of 15+ days) as a suspension', async () => {
    const { body } = docxText(await buildDocument(registerMonthContext({ suspension: 'chiusura' })));
    expect(rowOf(body, '21/12').slice(3, 7)).toEqual(['Tirocinio sospeso', '—', '—', '—']);
    expect(rowOf(body, '31/12')[3]).toBe('Tirocinio sospeso');
    expect(rowOf(body, '15/12')[3]).toBe('14:00–19:00');
  });

  it('says «Assenza» for a working day entered as 0 hours, keeping its planned hours', async () => {
    const ctx = registerMonthContext();
    ctx.register!.daily = { ...ctx.register!.daily, '2026-12-02': 0 };
    const { body } = docxText(await buildDocument(ctx));
    expect(rowOf(body, '02/12').slice(2, 7)).toEqual(['5', 'Assenza', '', '', '0']);
    expect(tableRows(ctx, 'giorni')[1]).toMatchObject({ ore_previste: '5', ore_svolte: '0', nota: 'Assenza' });
  });

  it('fills the hours entered day by day, and the month’s totals', async () => {
    const { body } = docxText(await buildDocument(registerMonthContext()));
    expect(rowOf(body, '03/12')[6]).toBe('3,5');
    expect(rowOf(body, '12/12')[6]).toBe('4');
    expect(rowOf(body, '02/12')[6]).toBe('5');
    // 16 working days of 5 hours (December 2026 less the holidays and the suspended week).
    expect(cellsOf(body.split('\n').find((l) => l.startsWith('Totale |'))!)).toEqual(['Totale', '80', '', '82,5', '']);
    expect(body).toContain('Ore previste nel mese: 80');
    expect(body).toContain('almeno 56 ore (70% delle previste)');
    expect(body).toContain('La tirocinante:');
    expect(body).toContain('Il tutor del soggetto ospitante:');
  });

  it('prints 0 only for a day entered as 0, and leaves a working day not entered blank to write on', async () => {
    const ctx = registerMonthContext();
    ctx.generatedOn = '2026-12-10';
    ctx.register!.daily = { '2026-12-01': 5, '2026-12-02': 0 };
    ctx.register!.attendedHours = 5;
    const { body } = docxText(await buildDocument(ctx));
    expect(rowOf(body, '01/12')[6]).toBe('5');
    expect(rowOf(body, '02/12')[6]).toBe('0');
    expect(rowOf(body, '03/12')[6]).toBe('');
    expect(rowOf(body, '11/12')[6]).toBe('');
    expect(rowOf(body, '13/12')[6]).toBe('—');
    expect(rowOf(body, '15/12')[6]).toBe('—');
  });

  it('prints each day’s hours done as an office template’s {{giorni.ore_svolte}} does', async () => {
    for (const ctx of [registerMonthContext(), registerMonthContext({ daily: false })]) {
      const { body } = docxText(await buildDocument(ctx));
      const template = tableRows(ctx, 'giorni');
      ctx.register!.days.forEach((day, i) => expect(rowOf(body, date(day.date)!.slice(0, 5))[6], day.date).toBe(template[i]!.ore_svolte));
    }
  });

  it('leaves the hours empty to write by hand when none were entered', async () => {
    const { body } = docxText(await buildDocument(registerMonthContext({ daily: false })));
    expect(rowOf(body, '02/12').slice(4, 9)).toEqual(['', '', '', '', '']);
    expect(body).toMatch(/Totale \| 80 \|/);
    expect(body).toContain('Luogo e data: Torino, ___/___/______');
  });

  it('refuses a context without the month', async () => {
    await expect(buildDocument(sampleDocumentContext('registro'))).rejects.toThrow(/mese/);
  });
});
