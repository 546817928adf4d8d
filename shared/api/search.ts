/**
 * «Cerca ovunque» (Ctrl+K, issue 16): people by name or codice fiscale, associations, needs and
 * files by number or name, a few of each, for the spotlight. The lists' own searches answer it.
 */
import { z } from 'zod';
import { method } from './define';

export const searchHitSchema = z.object({
  id: z.string(),
  /** What the result is called (a person's name, a file's number and person). */
  label: z.string(),
  /** One line to tell two results apart (codice fiscale and comune, association, status). */
  detail: z.string(),
});
export type SearchHit = z.output<typeof searchHitSchema>;

export const SEARCH_GROUPS = ['candidates', 'associations', 'needs', 'internships'] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

export const searchResultsSchema = z.object({
  candidates: z.array(searchHitSchema),
  associations: z.array(searchHitSchema),
  needs: z.array(searchHitSchema),
  internships: z.array(searchHitSchema),
});
export type SearchResults = z.output<typeof searchResultsSchema>;

export const searchMethods = {
  'search.everywhere': method({
    reads: true,
    summary: 'Cerca persone (nome o codice fiscale), associazioni, fabbisogni e pratiche (numero o nome), pochi risultati per gruppo',
    access: 'candidates.read',
    input: z.object({
      query: z.string().trim().min(1, 'Scrivi che cosa cercare').max(100, 'Al massimo 100 caratteri'),
      perGroup: z.number().int().min(1).max(10).default(5),
    }),
    output: searchResultsSchema,
  }),
};
