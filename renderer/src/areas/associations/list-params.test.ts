import { describe, expect, it } from 'vitest';
import { associationsAddress, hasNarrowing, readListInput } from './list-params';

const read = (query: string) => readListInput(new URLSearchParams(query));

describe('associations list address', () => {
  it('reads the filters written in the address', () => {
    const input = read('q=polisportiva&comitato=Torino&forma=APS&provincia=to&dipendenti=none&sportello=abc&eliminate=1&ordina=comune&verso=desc&pagina=3');
    expect(input).toMatchObject({
      query: 'polisportiva',
      committee: 'Torino',
      legalForm: 'APS',
      province: 'TO',
      employees: 'none',
      site: 'abc',
      deleted: true,
      sort: 'comune',
      direction: 'desc',
      page: 3,
      pageSize: 50,
    });
    expect(hasNarrowing(input)).toBe(true);
  });

  it('falls back to the defaults for what the list would refuse', () => {
    expect(read('forma=SPA&dipendenti=tanti&ordina=x&verso=su&pagina=-2&eliminate=si')).toMatchObject({
      legalForm: null,
      employees: 'any',
      sort: 'name',
      direction: 'asc',
      page: 1,
      deleted: false,
    });
    expect(hasNarrowing(read('ordina=comune&eliminate=1&pagina=2'))).toBe(false);
  });

  it('writes a link with only what differs from the defaults', () => {
    expect(associationsAddress.toParams({ legalForm: 'ASD', sort: 'name', deleted: false, page: 1 }).toString()).toBe('forma=ASD');
  });
});
