/** The person's position towards work and the services, and (for coordinators) the art. 9 data. */
import { Card, Stack, Title } from '@mantine/core';
import { RESTRICTED_LABEL, type Candidate } from '@shared/api/candidates';
import { CANDIDATE_FIELD_LABELS as L, formatCandidateValue } from '../labels';
import { DetailField, FieldGrid } from '../../../components/DetailField';
import { SpecialDataCard } from './SpecialDataCard';

export function SituazioneTab({ candidate: c }: { candidate: Candidate }) {
  // Said of this person: «Disoccupata», «Attiva» for a woman.
  const f = (field: keyof Candidate) => formatCandidateValue(field, c[field], undefined, c.sex);
  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="sm">
          Situazione lavorativa
        </Title>
        <FieldGrid>
          <DetailField label={L.status!} value={f('status')} />
          <DetailField label={L.employmentStatus!} value={f('employmentStatus')} />
          <DetailField label={L.targetCategory!} value={c.targetCategoryHidden ? RESTRICTED_LABEL : f('targetCategory')} />
          <DetailField label={L.didDate!} value={f('didDate')} />
          <DetailField label={L.cpi!} value={c.cpi} />
          <DetailField label={L.benefits!} value={f('benefits')} />
          <DetailField label={L.operatorId!} value={c.operatorName} />
        </FieldGrid>
      </Card>
      <SpecialDataCard candidate={c} />
    </Stack>
  );
}
