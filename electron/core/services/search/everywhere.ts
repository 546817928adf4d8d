/**
 * «Cerca ovunque» (Ctrl+K): the four lists' own searches, a few rows each, so a name, a codice
 * fiscale or a file number finds the same records the lists would, with the same indexes.
 */
import { associationListInput } from '@shared/api/associations';
import { candidateListInput, CANDIDATE_STATUS_LABELS } from '@shared/api/candidates';
import { internshipListInput, INTERNSHIP_STATUS_LABELS } from '@shared/api/internships';
import { needListInput, NEED_STATUS_LABELS } from '@shared/api/needs';
import type { SearchResults } from '@shared/api/search';
import type { ReadCtx } from '../../context';
import { associationsPage } from '../associations/list';
import { listCandidates } from '../candidates/list';
import { listInternships } from '../internships/list';
import { needsPage } from '../needs/list';

const place = (comune: string | null, province: string | null) => (comune ? `${comune}${province ? ` (${province})` : ''}` : '');
const joined = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ');

export function searchEverywhere(ctx: ReadCtx, query: string, perGroup: number): SearchResults {
  const page = { query, page: 1, pageSize: perGroup };
  const candidates = listCandidates(ctx, candidateListInput.parse(page)).items.map((c) => ({
    id: c.id,
    label: `${c.lastName} ${c.firstName}`,
    detail: joined(c.taxCode, place(c.resComune, c.resProvince), CANDIDATE_STATUS_LABELS[c.status]),
  }));
  const associations = associationsPage(ctx, associationListInput.parse(page)).map((a) => ({
    id: a.id,
    label: a.name,
    detail: joined(a.taxCode, place(a.comune, a.province), a.committee),
  }));
  const needs = needsPage(ctx, needListInput.parse(page)).map((n) => ({
    id: n.id,
    label: n.title,
    detail: joined(n.associationName, place(n.comune, n.province), NEED_STATUS_LABELS[n.status]),
  }));
  const internships = listInternships(ctx, internshipListInput.parse(page)).items.map((i) => ({
    id: i.id,
    label: `${i.number} · ${i.candidateName}`,
    detail: joined(i.associationName, INTERNSHIP_STATUS_LABELS[i.status]),
  }));
  return { candidates, associations, needs, internships };
}
