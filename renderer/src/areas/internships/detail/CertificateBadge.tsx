/** The final certificate's badge under the attendance register. */
import { Badge } from '@mantine/core';
import type { AttendanceView } from '@shared/api/internships';
import { formatPercent } from '../../../lib/format';
import { plural } from '@shared/text/plural';

/**
 * Whether the attendance reaches the final certificate's share, from the file's rule set. While the
 * file runs it is a prospect («raggiungibile»); once it is closed it is a verdict (spetta / non spetta).
 */
export function CertificateBadge({ sheet, closed }: { sheet: AttendanceView; closed: boolean }) {
  const share = formatPercent(sheet.finalCertificateAttendance);
  if (sheet.attendance === null) {
    return (
      <Badge color="gray" variant="light" data-testid="certificate-badge">
        Attestazione finale: si valuta con le ore registrate (serve il {share})
      </Badge>
    );
  }
  if (closed) {
    // On the certificate's own base (the hours planned for the whole period), not the months' share above.
    const { reached, attendance } = sheet.certificate;
    const notEntered = sheet.months.filter((m) => m.plannedHours > 0 && m.attendedHours === null).length;
    if (!reached && notEntered > 0) {
      // A verdict needs every month: a month not entered yet is not a month of absence.
      return (
        <Badge color="gray" variant="light" data-testid="certificate-badge">
          Attestazione finale: si decide con le presenze di tutti i mesi ({plural(notEntered, 'manca un mese', 'mancano # mesi')})
        </Badge>
      );
    }
    const attended = `presenza ${formatPercent(attendance)} delle ore previste`;
    return (
      <Badge color={reached ? 'green' : 'orange'} variant="light" data-testid="certificate-badge">
        {reached ? `Attestazione finale spettante: ${attended} (almeno ${share})` : `Attestazione finale non spettante: ${attended}, sotto il ${share}`}
      </Badge>
    );
  }
  return (
    <Badge color={sheet.certificateReachable ? 'green' : 'orange'} variant="light" data-testid="certificate-badge">
      {sheet.certificateReachable ? `Attestazione finale raggiungibile (almeno ${share})` : `Presenza sotto il ${share}: niente attestazione finale`}
    </Badge>
  );
}
