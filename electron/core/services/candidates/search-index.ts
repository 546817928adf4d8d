/** What a profile's search document says. */
import { foldText, sortKey } from '@shared/validation/text';
import { searchText } from '../../search/fts-document';
import type { CandidateRecord } from './mapping';

/**
 * "D’Angelo" and "De Luca" are two words to the tokenizer; people type "dang" or "deluca".
 * The joined form is added only when it differs.
 */
function joined(name: string): string | null {
  const key = sortKey(name).replace(/ /g, '');
  return key !== foldText(name) ? key : null;
}

/** What the search box finds a person by: name, codes, places, skills, past roles, notes and interview notes. */
export function searchBody(c: CandidateRecord, interviewNotes: string[] = []): string {
  const experiences = (c.experiences as { role?: string; employer?: string | null }[]).flatMap((e) => [e.role, e.employer]);
  const parts = [
    c.lastName, c.firstName, joined(c.lastName), joined(c.firstName), c.taxCode, c.birthPlace, c.resComune, c.domComune, c.citizenship,
    c.educationTitle, c.cpi, ...c.skills, ...experiences, c.notes, ...interviewNotes,
  ];
  return searchText(parts);
}
