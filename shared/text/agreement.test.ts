import { describe, expect, it } from 'vitest';
import { agree, groupSex } from './agreement';
import { candidateStatusOf, interruptedByOf, matchStatusOf, outcomeOf } from './person-labels';

describe('agree', () => {
  it('agrees a sentence about a woman, a man, or leaves the double form when the sex is not known', () => {
    const text = 'Il/La candidato/a è stato/a proposto/a';
    expect(agree('F', text)).toBe('La candidata è stata proposta');
    expect(agree('M', text)).toBe('Il candidato è stato proposto');
    expect(agree(null, text)).toBe(text);
    expect(agree(undefined, text)).toBe(text);
  });

  it('replaces a final vowel, appends other endings, and keeps an elided article', () => {
    expect(agree('F', 'nato/a')).toBe('nata');
    expect(agree('F', 'Disoccupato/a')).toBe('Disoccupata');
    expect(agree('F', 'Studente/ssa')).toBe('Studentessa');
    expect(agree('M', 'Studente/ssa')).toBe('Studente');
    expect(agree('F', 'Signor/a')).toBe('Signora');
    expect(agree('F', 'L’interessato/a')).toBe('L’interessata');
    expect(agree('F', 'iscritto/a al CPI')).toBe('iscritta al CPI');
  });

  it('swaps whole articles and prepositions, keeping their capital', () => {
    expect(agree('F', 'Rifiutato/a dal/dalla candidato/a')).toBe('Rifiutata dalla candidata');
    expect(agree('M', 'Rifiutato/a dal/dalla candidato/a')).toBe('Rifiutato dal candidato');
    expect(agree('F', 'Il/La sottoscritto/a')).toBe('La sottoscritta');
    expect(agree('F', 'un/una tirocinante')).toBe('una tirocinante');
  });

  it('leaves alone what is not a gender pair', () => {
    expect(agree('F', 'ospitante / progetto')).toBe('ospitante / progetto');
    expect(agree('F', 'Servizi sociali/sanitari')).toBe('Servizi sociali/sanitari');
    expect(agree('F', 'e/o')).toBe('e/o');
    expect(agree('F', 'gg/mm/aaaa')).toBe('gg/mm/aaaa');
    expect(agree('F', '0,00 € / 238,10 €')).toBe('0,00 € / 238,10 €');
  });
});

describe('labels said of one person', () => {
  it('agrees a proposal’s status with the person proposed', () => {
    expect(matchStatusOf('proposto', 'F')).toBe('Proposta');
    expect(matchStatusOf('accettato', 'F')).toBe('Accettata');
    expect(matchStatusOf('rifiutato_candidato', 'F')).toBe('Rifiutata dalla candidata');
    expect(matchStatusOf('rifiutato_candidato', 'M')).toBe('Rifiutato dal candidato');
    expect(matchStatusOf('colloquio_fissato', 'F')).toBe('Colloquio fissato');
    expect(matchStatusOf('proposto', null)).toBe('Proposto/a');
  });

  it('agrees a person’s status, an outcome and who interrupted', () => {
    expect(candidateStatusOf('attivo', 'F')).toBe('Attiva');
    expect(candidateStatusOf('in_tirocinio', 'F')).toBe('In tirocinio');
    expect(outcomeOf('assunto_ente', 'F')).toBe('Assunta dall’ente ospitante');
    expect(outcomeOf('senza_assunzione', 'F')).toBe('Concluso senza assunzione');
    expect(interruptedByOf('tirocinante', 'F')).toBe('La tirocinante');
    expect(interruptedByOf('tirocinante', 'M')).toBe('Il tirocinante');
  });
});

describe('groupSex', () => {
  it('is feminine only when every person is a woman, masculine for a mixed group', () => {
    expect(groupSex(['F', 'F'])).toBe('F');
    expect(groupSex(['F', 'M'])).toBe('M');
    expect(groupSex(['F', null])).toBe(null);
    expect(groupSex([])).toBe(null);
    expect(agree(groupSex(['F', 'F']), '2 candidati/e sono stati/e proposti/e')).toBe('2 candidate sono state proposte');
    expect(agree(groupSex(['F', 'M']), '2 candidati/e sono stati/e proposti/e')).toBe('2 candidati sono stati proposti');
  });
});
