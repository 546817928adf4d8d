/** The operating sites of the chosen association, for the "sede" box; none until one is chosen. */
import { useEffect, useState } from 'react';
import type { Association } from '../../../../shared/api/associations';
import { formatSite } from '../../../../shared/format/address';
import { api } from '../../api/client';

export function useAssociation(id: string | null): Association | null {
  const [loaded, setLoaded] = useState<Association | null>(null);
  useEffect(() => {
    if (!id) return;
    let current = true;
    api
      .call('associations.get', { id })
      .then((a) => {
        if (current) setLoaded(a);
      })
      // Without it only the registered office is offered; the save still checks the site.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [id]);
  return loaded && loaded.id === id ? loaded : null;
}

/** The association's operating sites as options of a "sede" box: label and address. */
export function siteOptions(association: Association | null): { value: string; label: string }[] {
  return (association?.sites ?? []).map((s) => ({ value: s.id, label: formatSite(s) }));
}
