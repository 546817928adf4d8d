/** The operating sites of the chosen association, for the "sede" box; none until one is chosen. */
import type { Association } from '@shared/api/associations';
import { formatSite } from '@shared/format/address';
import { useApiQuery } from '../api/query';

export function useAssociation(id: string | null): Association | null {
  // Without it only the registered office is offered; the save still checks the site.
  const association = useApiQuery('associations.get', { id: id ?? '' }, { enabled: id !== null && id !== '' });
  return id && association.data?.id === id ? association.data : null;
}

/** The association's operating sites as options of a "sede" box: label and address. */
export function siteOptions(association: Association | null): { value: string; label: string }[] {
  return (association?.sites ?? []).map((s) => ({ value: s.id, label: formatSite(s) }));
}
