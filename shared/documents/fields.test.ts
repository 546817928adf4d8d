import { describe, expect, it } from 'vitest';
import { certificateContext, contextWithMissingData, registerMonthContext, sampleDocumentContext } from '../../tests/support/document-context';
import type { PlannedDay } from '../rules/attendance-days';
import { DOCUMENT_KINDS } from './context';
import {
  MISSING,
  ROW_TABLE_DEFS,
  TEMPLATE_FIELDS,
  TO_FILL_BY_HAND,
  VALUE_FIELDS,
  fieldValues,
  findTemplateField,
  formatShare,
  placeholderOf,
  registerDayHoursDone,
  tableRows,
  templateFieldGroups,
  templateFieldsFor,
} from './fields';

describe('the catalogue of template fields', () => {
  it('has unique keys in Italian snake_case, row fields written table.field', () => {
    const keys = TEMPLATE_FIELDS.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const field of TEMPLATE_FIELDS) {
      if (field.table) expect(field.key).toMatch(new RegExp(`^${field.table}\\.[a-z]+(_[a-z]+)*$`));
      else expect(field.key).toMatch(/^[a-z]+(_[a-z]+)*$/);
      expect(field.label.length).toBeGreaterThan(0);
      expect(field.description.length).toBeGreaterThan(0);
      expect(field.kinds.length).toBeGreaterThan(0);
    }
  });

  it('offers the register’s days and totals only to the registro, the totals only to the attestazione', () => {
    const convenzione = templateFieldsFor('convenzione').map((f) => f.key);
    expect(convenzione).toContain('tirocinante_nome');
    expect(convenzione).toContain('orario.giorno');
    expect(convenzione).not.toContain('giorni.data');
    expect(convenzione).not.toContain('registro_mese');
    expect(convenzione).not.toContain('totale_ore_svolte');
    const registro = templateFieldsFor('registro').map((f) => f.key);
    expect(registro).toEqual(expect.arrayContaining(['giorni.data', 'giorni.giorno', 'giorni.ore_previste', 'giorni.ore_svolte', 'giorni.nota', 'registro_mese']));
    expect(templateFieldsFor('attestazione').map((f) => f.key)).toContain('percentuale_frequenza');
  });

  it('offers the restricted target category only to the PFI', () => {
    expect(findTemplateField('tirocinante_categoria')?.kinds).toEqual(['pfi']);
  });

  it('groups the fields of a kind under Italian headings, in list order', () => {
    const groups = templateFieldGroups('registro');
    expect(groups.map((g) => g.label)).toEqual([
      'Documento',
      'Soggetto promotore',
      'Soggetto ospitante',
      'Tirocinante',
      'Tirocinio',
      'Tutor',
      'Orario settimanale (righe di tabella)',
      'Registro presenze',
      'Giorni del registro (righe di tabella)',
    ]);
    expect(placeholderOf('giorni.data')).toBe('{{giorni.data}}');
  });
});

describe('printed values', () => {
  it('prints the sample file the Italian way', () => {
    const v = fieldValues(sampleDocumentContext('pfi'));
    expect(v.tirocinante_nome).toBe('Giulia Ferrero');
    expect(v.tirocinante_nato_nata).toBe('nata');
    expect(v.tirocinante_data_nascita).toBe('14/03/2001');
    expect(v.data_inizio).toBe('09/11/2026');
    expect(v.data_fine_prevista).toBe('08/05/2027');
    expect(v.data_documento).toBe('24/11/2026');
    expect(v.indennita_mensile).toBe('450,00 €');
    expect(v.ore_settimanali).toBe('25');
    expect(v.soglia_frequenza).toBe('70%');
    expect(v.ospitante_sede_legale).toBe('Via Tenivelli 12, 10024 Moncalieri (TO)');
    expect(v.sede_tirocinio).toBe('Palestra comunale: Strada Genova 101, 10024 Moncalieri (TO)');
    expect(v.tutor_ospitante_nome).toBe('Marco Bertola');
    // The promoter's tutor as production knows it: a name, the desk's e-mail, no years.
    expect(v.tutor_promotore_email).toBe('tirocini@exar.example.it');
    expect(v.tutor_promotore_anni_esperienza).toBe(MISSING);
    // No agreement number or date of its own: the file's number, and a date to write by hand.
    expect(v.convenzione_numero).toBe('TO01-2026-0042');
    expect(v.convenzione_data).toBe(TO_FILL_BY_HAND);
    expect(v.competenze_da_acquisire?.split('\n')).toHaveLength(3);
    expect(v.obiettivi).toContain('\n');
    expect(v.orario_settimanale?.split('\n')[0]).toBe('Lunedì: 5 ore (9:00–14:00)');
    expect(v.tirocinante_categoria).toBe('Disoccupata (DID del 02/09/2026, CPI di Torino)');
  });

  it('prints decision 0015’s terms for office templates: Portale reference, total hours, insurer, stamp duty, declarations', () => {
    const v = fieldValues(sampleDocumentContext('convenzione'));
    expect(v.portale_tirocini_riferimento).toBe('PT-2026-004512');
    expect(v.assicurazione_a_carico).toBe('soggetto promotore');
    expect(v.imposta_bollo).toBe('esente – art. 82, comma 5, D.Lgs. 117/2017 (ente del Terzo settore)');
    expect(v.ospitante_dichiarazioni?.split('\n')).toEqual([
      'nessun licenziamento collettivo né cassa integrazione per le stesse mansioni negli ultimi 12 mesi (dichiarato il 01/09/2026)',
      'rispetto della normativa sulla sicurezza (D.Lgs. 81/2008) (dichiarato il 01/09/2026)',
      'rispetto della L. 68/99 sul collocamento dei disabili (non ancora dichiarato)',
    ]);
    expect(fieldValues(sampleDocumentContext('pfi')).ore_previste_totali).toMatch(/^\d+(,\d+)?$/);
  });

  it('prints a dash where the file legitimately has nothing, and never «null» or «undefined»', () => {
    const v = fieldValues(contextWithMissingData('pfi'));
    expect(v.promotore_pec).toBe(MISSING);
    expect(v.tutor_ospitante_nome).toBe(MISSING);
    expect(v.tutor_ospitante_anni_esperienza).toBe(MISSING);
    expect(v.indennita_mensile).toBe(MISSING);
    expect(v.orario_settimanale).toBe(MISSING);
    expect(v.competenze_da_acquisire).toBe(MISSING);
    expect(v.tirocinante_nato_nata).toBe('nato/a');
    // Without a domicile of its own, the domicile is the residence; without an operating site, the registered office.
    expect(v.tirocinante_domicilio).toBe('Corso Vercelli 44, 10152 Torino (TO)');
    expect(v.sede_tirocinio).toBe('Via Tenivelli 12, 10024 Moncalieri (TO)');
    expect(v.convenzione_numero).toBe('TO01-2026-0042');
    expect(v.convenzione_data).toBe(TO_FILL_BY_HAND);
  });

  it('gives every field of every kind a printable value, full or missing data', () => {
    for (const kind of DOCUMENT_KINDS) {
      for (const ctx of [sampleDocumentContext(kind), contextWithMissingData(kind)]) {
        const values = fieldValues(ctx);
        for (const field of VALUE_FIELDS.filter((f) => f.kinds.includes(kind))) {
          const value = values[field.key];
          expect(value, field.key).toBeTruthy();
          expect(value, field.key).not.toMatch(/undefined|null|NaN|\{\{/);
        }
      }
    }
  });

  it('prints a register month’s totals, and a line to fill by hand when no hours were entered', () => {
    const v = fieldValues(registerMonthContext());
    expect(v.registro_mese).toBe('dicembre 2026');
    expect(v.registro_ore_svolte).not.toBe(TO_FILL_BY_HAND);
    expect(fieldValues(registerMonthContext({ daily: false })).registro_ore_svolte).toBe(TO_FILL_BY_HAND);
  });

  it('prints the final totals with the attendance to the nearest tenth (541,5 of 592 hours: 91,47%)', () => {
    const v = fieldValues(certificateContext());
    expect(v.totale_ore_previste).toBe('592');
    expect(v.totale_ore_svolte).toBe('541,5');
    expect(v.percentuale_frequenza).toBe('91,5%');
    expect(v.esito).toBe('Assunta dall’ente ospitante');
    expect(v.sospensioni).toBe('dal 14/12/2026 al 18/12/2026: Malattia');
    expect(formatShare(0.6996)).toBe('69,9%');
    expect(formatShare(0.29)).toBe('29%');
  });
});

describe('rows', () => {
  it('gives the weekly schedule a row per working day', () => {
    const rows = tableRows(sampleDocumentContext('pfi'), 'orario');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({ giorno: 'Lunedì', ore: '5', fascia: '9:00–14:00' });
    expect(rows[1]).toEqual({ giorno: 'Martedì', ore: '5', fascia: '14:00–19:00' });
  });

  it('gives an empty schedule one row of dashes, so the table stays in the document', () => {
    expect(tableRows(contextWithMissingData('pfi'), 'orario')).toEqual([{ giorno: MISSING, ore: MISSING, fascia: MISSING }]);
  });

  it('gives the register a row per day of the month with holidays, rest and suspension named', () => {
    const rows = tableRows(registerMonthContext(), 'giorni');
    expect(rows).toHaveLength(31);
    const day = (d: number) => rows[d - 1]!;
    expect(day(1)).toEqual({ data: '01/12/2026', giorno: 'martedì', ore_previste: '5', ore_svolte: '5', nota: '' });
    expect(day(3).ore_svolte).toBe('3,5');
    expect(day(8)).toMatchObject({ ore_previste: MISSING, nota: expect.stringContaining('Immacolata') });
    expect(day(12)).toMatchObject({ giorno: 'sabato', ore_previste: MISSING, ore_svolte: '4', nota: 'Non lavorativo' });
    expect(day(13)).toMatchObject({ giorno: 'domenica', ore_svolte: MISSING });
    // A short illness recorded as a suspension before decision 0014 is absences; a qualifying suspension is «Sospeso».
    expect(day(15)).toMatchObject({ ore_previste: MISSING, nota: 'Assenza' });
    expect(tableRows(registerMonthContext({ suspension: 'chiusura' }), 'giorni')[20]).toMatchObject({ ore_previste: MISSING, nota: 'Sospeso' });
    expect(day(25).nota).toContain('Natale');
  });

  it('leaves a working day’s hours blank to write by hand when none were entered', () => {
    const rows = tableRows(registerMonthContext({ daily: false }), 'giorni');
    expect(rows[0]).toMatchObject({ ore_previste: '5', ore_svolte: '' });
    expect(rows[7]).toMatchObject({ ore_svolte: MISSING });
  });

  it('prints 0 only for a day entered as 0; a working day not entered stays blank', () => {
    const day = (kind: PlannedDay['kind']): PlannedDay => ({ date: '2026-12-02', weekday: 3, kind, plannedHours: kind === 'lavorativo' ? 5 : 0, holiday: null });
    expect(registerDayHoursDone(day('lavorativo'), { '2026-12-02': 0 })).toBe('0');
    expect(registerDayHoursDone(day('lavorativo'), { '2026-12-02': 7.5 })).toBe('7,5');
    expect(registerDayHoursDone(day('lavorativo'), { '2026-12-01': 5 })).toBe('');
    expect(registerDayHoursDone(day('lavorativo'), null)).toBe('');
    expect(registerDayHoursDone(day('riposo'), { '2026-12-02': 4 })).toBe('4');
    expect(registerDayHoursDone(day('riposo'), null)).toBe(MISSING);
    expect(registerDayHoursDone(day('sospeso'), { '2026-12-02': 0 })).toBe(MISSING);
    expect(registerDayHoursDone(day('fuori'), null)).toBe(MISSING);
  });

  it('declares the fields each table fills', () => {
    for (const def of ROW_TABLE_DEFS) {
      const rows = def.rows(def.table === 'giorni' ? registerMonthContext() : sampleDocumentContext('pfi'));
      expect(Object.keys(rows[0]!).sort()).toEqual(def.fields.map((f) => f.name).sort());
    }
  });
});
