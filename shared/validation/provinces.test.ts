import { describe, expect, it } from 'vitest';
import { PROVINCE_NAMES, PROVINCES, provinceMatches } from './provinces';

const found = (typed: string) => PROVINCES.filter((p) => provinceMatches(p, typed));

describe('provinceMatches', () => {
  it('finds Turin by its name as well as by its sigla', () => {
    expect(found('Torino')).toEqual(['TO']);
    expect(found('torino')).toEqual(['TO']);
    expect(found('TO')).toContain('TO');
    expect(found('to')).toEqual(['TO']);
  });

  it('reads the name from the start of any word, without accents or typographic apostrophes', () => {
    expect(found('forli')).toEqual(['FC']);
    expect(found("l'aquila")).toEqual(['AQ']);
    expect(found('aquila')).toEqual(['AQ']);
    expect(found('emilia')).toEqual(['RE']);
    expect(found('cusio')).toEqual(['VB']);
  });

  it('does not find a name by letters in the middle of a word', () => {
    expect(found('rino')).toEqual([]);
  });

  it('lists every province with everything when nothing is typed', () => {
    expect(found('  ')).toHaveLength(PROVINCES.length);
  });

  it('has a name for every sigla', () => {
    expect(PROVINCES.every((p) => PROVINCE_NAMES[p].length > 1)).toBe(true);
  });
});
