import { describe, expect, it } from 'vitest';
import { hasNarrowing, readListInput, withoutFilters } from './list-params';

const read = (query: string) => readListInput(new URLSearchParams(query));

describe('needs list address', () => {
  it('reads the filters written in the address', () => {
    const input = read('q=istruttore&stato=in_analisi&provincia=TO&comitato=Torino&offre=tirocinio&attesa=30&sportello=abc&eliminati=1&pagina=2');
    expect(input).toMatchObject({
      query: 'istruttore',
      status: 'in_analisi',
      province: 'TO',
      committee: 'Torino',
      offer: 'tirocinio',
      olderThanDays: 30,
      site: 'abc',
      deleted: true,
      page: 2,
    });
  });

  it('ignores unknown codes and waits that are not offered', () => {
    expect(read('stato=boh&offre=x&attesa=12&pagina=-3')).toMatchObject({ status: null, offer: null, olderThanDays: null, page: 1 });
  });

  it('clears the filters but keeps the deleted switch', () => {
    const params = new URLSearchParams('q=x&attesa=7&sportello=abc&eliminati=1&pagina=2');
    expect(hasNarrowing(params)).toBe(true);
    const cleared = withoutFilters(params);
    expect(cleared.toString()).toBe('eliminati=1');
    expect(hasNarrowing(cleared)).toBe(false);
  });
});
