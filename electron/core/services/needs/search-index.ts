/** What `needs_fts` holds for a need: its words, its association's name and committee, its place. */
import { searchText } from '../../search/fts-document';

export function needSearchBody(
  need: { title: string; tasks: string | null; skills: string[]; notes: string | null },
  association: { name: string; committee: string | null },
  comune: string,
): string {
  return searchText([need.title, need.tasks, ...need.skills, association.name, association.committee, comune, need.notes]);
}
