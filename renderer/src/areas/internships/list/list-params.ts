/**
 * The internship list's filters as they live in the address (Italian names, so a copied link reads
 * plainly), read into the `internships.list` input by the method's schema.
 */
import { internshipListInput, type InternshipListInput } from '@shared/api/internships';
import { listAddress, narrowing } from '../../../lib/list-address';

export const PAGE_SIZE = 50;

/** "Finiscono entro…": the horizons the desk plans extensions and certificates on. */
export const ENDING_DAYS = [30, 60] as const;

export const internshipsAddress = listAddress(
  internshipListInput,
  {
    query: 'q',
    status: 'stato',
    type: 'tipo',
    associationId: 'associazione',
    promoterTutorId: 'tutor',
    endingWithinDays: 'fine',
    attendanceMissing: 'senzaore',
    site: 'sportello',
    deleted: 'eliminate',
    page: 'pagina',
  },
  // Only the offered horizons: a hand-edited address with another number is ignored, not obeyed.
  { fixed: { pageSize: PAGE_SIZE }, choices: { endingWithinDays: ENDING_DAYS } },
);

/** Address parameter names, by the `internships.list` field each one fills. */
export const P = internshipsAddress.names;

export function readListInput(params: URLSearchParams): InternshipListInput {
  return internshipsAddress.read(params);
}

/** The filters, not the search text: clearing them keeps what is typed and starts again from the first page. */
const filtered = narrowing([P.status, P.type, P.associationId, P.promoterTutorId, P.endingWithinDays, P.attendanceMissing, P.site, P.deleted], P.page);

export const hasFilter = filtered.any;
export const withoutFilters = filtered.clear;
