/** When, where and how the person can work, and how they get there. */
import { Card, Stack, Title } from '@mantine/core';
import type { Candidate } from '@shared/api/candidates';
import { CANDIDATE_FIELD_LABELS as L, formatCandidateValue } from '../labels';
import { DetailField, FieldGrid } from '../../../components/DetailField';

export function DisponibilitaTab({ candidate: c }: { candidate: Candidate }) {
  const f = (field: keyof Candidate) => formatCandidateValue(field, c[field]);
  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="sm">
          Disponibilità
        </Title>
        <FieldGrid>
          <DetailField label={L.availableFrom!} value={f('availableFrom')} />
          <DetailField label={L.hoursPerWeek!} value={c.hoursPerWeek} />
          <DetailField label={L.shifts!} value={f('shifts')} />
          <DetailField label={L.availabilityArea!} value={c.availabilityArea} />
        </FieldGrid>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          Spostamenti
        </Title>
        <FieldGrid>
          <DetailField label={L.drivingLicences!} value={f('drivingLicences')} />
          <DetailField label={L.ownVehicle!} value={f('ownVehicle')} />
        </FieldGrid>
      </Card>
    </Stack>
  );
}
