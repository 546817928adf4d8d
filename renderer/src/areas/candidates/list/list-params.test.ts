import { describe, expect, it } from 'vitest';
import { hasNarrowing, readListInput, withoutFilters } from './list-params';

const read = (query: string) => readListInput(new URLSearchParams(query), '2025-06-10');

describe('candidates list address', () => {
  it('reads the filters written in the address', () => {
    const input = read('q=rossi&stato=attivo&patente=B&auto=1&studio=diploma&ordina=age&verso=desc&pagina=3');
    expect(input).toMatchObject({ query: 'rossi', status: 'attivo', licence: 'B', ownVehicle: true, educationMin: 'diploma', sort: 'age', direction: 'desc', page: 3 });
  });

  it('reads "disponibile da subito" as today, whenever the saved filter is used', () => {
    expect(read('disponibile=oggi').availableBy).toBe('2025-06-10');
    expect(read('disponibile=2025-09-01').availableBy).toBe('2025-09-01');
  });

  it('leaves out what the list would refuse: unknown codes, half-typed ages', () => {
    const input = read('stato=boh&etaMin=1&etaMax=abc&ordina=x');
    expect(input).toMatchObject({ status: null, ageMin: null, ageMax: null, sort: 'name' });
    expect(read('etaMin=18&etaMax=35')).toMatchObject({ ageMin: 18, ageMax: 35 });
  });

  it('reads the office filter as the office id', () => {
    expect(read('sportello=0190a1b2-0000-7000-8000-0000000000a1').site).toBe('0190a1b2-0000-7000-8000-0000000000a1');
    expect(read('').site).toBeNull();
  });

  it('clears the filters but keeps the order and the deleted switch', () => {
    const params = new URLSearchParams('q=x&provincia=TO&sportello=abc&ordina=age&eliminati=1&pagina=2');
    expect(hasNarrowing(params)).toBe(true);
    const cleared = withoutFilters(params);
    expect(cleared.toString()).toBe('ordina=age&eliminati=1');
    expect(hasNarrowing(cleared)).toBe(false);
  });
});
