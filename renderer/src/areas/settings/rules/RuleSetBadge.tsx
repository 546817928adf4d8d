/** Where a set stands: in force today, coming (from a later date), or replaced by a newer one. */
import { Badge } from '@mantine/core';
import type { RuleSetView } from '@shared/api/rule-sets';
import { formatDate } from '../../../lib/format';
import { plural } from '@shared/text/plural';

export function RuleSetBadge({ set }: { set: RuleSetView }) {
  if (set.standing === 'in_vigore') return <Badge color="teal">In vigore oggi</Badge>;
  if (set.standing === 'futura') {
    return (
      <Badge color="blue" variant="light" title={`Vale per le pratiche che iniziano dal ${formatDate(set.validFrom)}`}>
        Non ancora in vigore
      </Badge>
    );
  }
  return (
    <Badge color="gray" variant="light">
      Superata
    </Badge>
  );
}

/** "2 in bozza · 1 in firma o avviata", or "Nessuna". */
export function usageText({ drafts, started }: RuleSetView['usage']): string {
  const parts = [];
  if (drafts > 0) parts.push(`${drafts} in bozza`);
  if (started > 0) parts.push(plural(started, '1 in firma o avviata', '# in firma o avviate'));
  return parts.length === 0 ? 'Nessuna' : parts.join(' · ');
}
