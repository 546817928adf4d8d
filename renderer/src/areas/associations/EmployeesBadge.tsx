import { Badge, Tooltip } from '@mantine/core';
import { count } from '@shared/text/plural';

/** Zero employees is legitimate and matters: the AICS protocol lets such associations host. */
export function EmployeesBadge({ employees }: { employees: number }) {
  if (employees === 0) {
    return (
      <Tooltip label="Può ospitare un tirocinante alla volta grazie al protocollo AICS–Exar">
        <Badge color="grape" variant="light">
          Nessun dipendente — protocollo AICS
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Badge color="gray" variant="light">
      {count(employees, 'dipendente', 'dipendenti')}
    </Badge>
  );
}
