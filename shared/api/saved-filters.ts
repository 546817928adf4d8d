import { z } from 'zod';
import { method } from './define';
import { id, requiredText } from './fields';

/** Lists whose filters an operator can save by name. */
export const FILTER_AREAS = ['candidates', 'associations'] as const;
export type FilterArea = (typeof FILTER_AREAS)[number];

/** The list's URL parameters, as the list page writes them. */
const filterParams = z.record(z.string().max(60), z.string().max(200));

export const savedFilterSchema = z.object({
  id: z.string(),
  area: z.enum(FILTER_AREAS),
  name: z.string(),
  params: filterParams,
});
export type SavedFilter = z.output<typeof savedFilterSchema>;

export const savedFiltersMethods = {
  'savedFilters.list': method({
    reads: true,
    summary: "I filtri salvati dall'operatore per un elenco",
    access: 'session',
    input: z.object({ area: z.enum(FILTER_AREAS) }),
    output: z.array(savedFilterSchema),
  }),
  'savedFilters.save': method({
    summary: 'Salva i filtri correnti con un nome (lo stesso nome li sostituisce)',
    access: 'session',
    input: z.object({ area: z.enum(FILTER_AREAS), name: requiredText('Nome del filtro', 60), params: filterParams }),
    output: savedFilterSchema,
  }),
  'savedFilters.delete': method({
    summary: 'Elimina un filtro salvato',
    access: 'session',
    input: z.object({ id }),
    output: z.object({ ok: z.literal(true) }),
  }),
};
