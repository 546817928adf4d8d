import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listAddress } from './list-address';

const schema = z.object({
  query: z.string().max(200).default(''),
  status: z
    .enum(['aperto', 'chiuso'])
    .nullish()
    .transform((v) => v ?? null),
  province: z
    .string()
    .nullish()
    .transform((v) => v?.toUpperCase() || null),
  waitDays: z.number().int().min(0).max(3650).nullish(),
  available: z.string().nullish(),
  ownCar: z.boolean().nullish(),
  deleted: z.boolean().default(false),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().default(50),
});

const address = listAddress(
  schema,
  { query: 'q', status: 'stato', province: 'provincia', waitDays: 'attesa', available: 'disponibile', ownCar: 'auto', deleted: 'eliminati', page: 'pagina' },
  { fixed: { pageSize: 20 }, choices: { waitDays: [7, 30] } },
);
const read = (query: string) => address.read(new URLSearchParams(query));

describe('a list address read by the list input schema', () => {
  it('reads each parameter as its field: text, codes, numbers, switches', () => {
    expect(read('q=rossi&stato=chiuso&provincia=to&attesa=30&auto=1&eliminati=1&pagina=4')).toEqual({
      query: 'rossi',
      status: 'chiuso',
      province: 'TO',
      waitDays: 30,
      available: null,
      ownCar: true,
      deleted: true,
      page: 4,
      pageSize: 20,
    });
  });

  it('gives the defaults for an empty address, and the page size cannot be changed from it', () => {
    expect(read('pageSize=200')).toEqual({ query: '', status: null, province: null, waitDays: null, available: null, ownCar: null, deleted: false, page: 1, pageSize: 20 });
  });

  it('leaves out what the list would refuse or the page does not offer', () => {
    expect(read('stato=boh&attesa=12&auto=si&eliminati=0&pagina=-3')).toMatchObject({ status: null, waitDays: null, ownCar: null, deleted: false, page: 1 });
    expect(read('pagina=2.5&attesa=abc')).toMatchObject({ page: 1, waitDays: null });
    expect(read(`q=${'x'.repeat(201)}`).query).toBe('');
  });

  it('lets the page say what a word of the address means before the schema reads it', () => {
    const input = address.read(new URLSearchParams('disponibile=oggi'), { available: (raw) => (raw === 'oggi' ? '2025-06-10' : raw) });
    expect(input.available).toBe('2025-06-10');
  });

  it('writes a link with only what differs from the defaults, and reads it back', () => {
    const params = address.toParams({ status: 'aperto', waitDays: 7, deleted: false, page: 1, query: '' });
    expect(params.toString()).toBe('stato=aperto&attesa=7');
    expect(address.read(params)).toMatchObject({ status: 'aperto', waitDays: 7 });
  });
});
