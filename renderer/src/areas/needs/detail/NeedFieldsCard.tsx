/** The need's data as read-only fields, in the same words as the form. */
import { Card, Stack, Text } from '@mantine/core';
import { EDUCATION_LEVEL_LABELS, PROTECTED_CATEGORIES_LABEL, SHIFT_LABELS, TARGET_CATEGORY_LABELS } from '@shared/api/candidates';
import { NEED_OFFER_LABELS, type Need } from '@shared/api/needs';
import { formatDate } from '../../../lib/format';
import { DetailField, FieldGrid } from '../../../components/DetailField';
import { NEED_FIELD_LABELS as L } from './labels';

const yesNo = (v: boolean) => (v ? 'Sì' : 'No');
const join = <T extends string>(codes: T[], labels: Record<T, string>) => codes.map((c) => labels[c]).join(', ') || null;

function period(from: string | null, to: string | null): string | null {
  if (from && to) return `dal ${formatDate(from)} al ${formatDate(to)}`;
  if (from) return `dal ${formatDate(from)}`;
  if (to) return `fino al ${formatDate(to)}`;
  return null;
}

/** The categories asked, with the protected ones folded into one phrase for a role that may not see them. */
function categoriesText(n: Need): string | null {
  const shown = n.categories.map((c) => TARGET_CATEGORY_LABELS[c]);
  return [...shown, ...(n.categoriesHidden ? [PROTECTED_CATEGORIES_LABEL] : [])].join(', ') || null;
}

export function NeedFieldsCard({ need: n, siteLabel }: { need: Need; siteLabel: string }) {
  return (
    <Card withBorder>
      <Stack>
        <FieldGrid>
          <DetailField label={L.operatingSiteId!} value={siteLabel} />
          <DetailField label={L.positions!} value={n.positions} />
          <DetailField label={L.offers!} value={join(n.offers, NEED_OFFER_LABELS)} />
          <DetailField label={L.skills!} value={n.skills.join(', ') || null} />
          <DetailField label={L.educationLevel!} value={n.educationLevel ? EDUCATION_LEVEL_LABELS[n.educationLevel] : null} />
          <DetailField label={L.licence!} value={n.licence} />
          <DetailField label={L.vehicleNeeded!} value={yesNo(n.vehicleNeeded)} />
          <DetailField label={L.hoursPerWeek!} value={n.hoursPerWeek} />
          <DetailField label={L.shifts!} value={join(n.shifts, SHIFT_LABELS)} />
          <DetailField label={L.schedule!} value={n.schedule} />
          <DetailField label="Periodo" value={period(n.periodFrom, n.periodTo)} />
          <DetailField label={L.categories!} value={categoriesText(n)} />
          <DetailField label={L.hostTutorAvailable!} value={yesNo(n.hostTutorAvailable)} />
        </FieldGrid>
        <DetailField label={L.tasks!} value={n.tasks} multiline />
        {n.notes && (
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              {L.notes}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {n.notes}
            </Text>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
