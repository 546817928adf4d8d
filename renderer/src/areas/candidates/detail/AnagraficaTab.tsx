/** Who the person is and how to reach them. */
import { Badge, Card, Stack, Title } from '@mantine/core';
import type { Candidate } from '@shared/api/candidates';
import { formatPlace } from '@shared/format/address';
import { CANDIDATE_FIELD_LABELS as L, formatCandidateValue } from '../labels';
import { DetailField, FieldGrid } from '../../../components/DetailField';
import { today as todayInRome } from '@shared/validation/italian-time';

function address(street: string | null, cap: string | null, comune: string | null, province: string | null): string | null {
  const place = comune ? formatPlace({ cap, comune, province }) : null;
  return [street, place].filter(Boolean).join(', ') || null;
}

/** A permit that has expired, or expires within 60 days, needs the operator's attention now. */
function permitWarning(expiry: string | null) {
  if (!expiry) return null;
  const today = todayInRome();
  if (expiry < today) return <Badge ml="xs" color="red" size="sm">Scaduto</Badge>;
  const soon = new Date(Date.parse(today) + 60 * 86_400_000).toISOString().slice(0, 10);
  return expiry <= soon ? <Badge ml="xs" color="orange" size="sm">In scadenza</Badge> : null;
}

export function AnagraficaTab({ candidate: c }: { candidate: Candidate }) {
  const f = (field: keyof Candidate) => formatCandidateValue(field, c[field]);
  // The code alone only when the place has no name (the core fills the name from the codice fiscale).
  const birthPlace = c.birthPlace ?? c.birthPlaceCode;
  return (
    <Stack>
      <Card withBorder>
        <Title order={4} mb="sm">
          Dati personali
        </Title>
        <FieldGrid>
          <DetailField label={L.lastName!} value={c.lastName} />
          <DetailField label={L.firstName!} value={c.firstName} />
          <DetailField label={L.taxCode!} value={c.anonymisedAt ? 'cancellato' : c.taxCode} mono={!c.anonymisedAt} />
          {/* After an erasure only the five-year band of the birth is kept (decision 0025): never show it as a day. */}
          <DetailField label={L.birthDate!} value={c.anonymisedAt ? `fascia ${c.birthDate.slice(0, 4)}–${Number(c.birthDate.slice(0, 4)) + 4}` : f('birthDate')} />
          <DetailField label={L.birthPlace!} value={birthPlace} />
          <DetailField label={L.sex!} value={f('sex')} />
          <DetailField label={L.citizenship!} value={c.citizenship} />
          <DetailField label={L.permitType!} value={c.permitType} />
          <DetailField label={L.permitExpiry!} value={f('permitExpiry')} extra={permitWarning(c.permitExpiry)} />
        </FieldGrid>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          Indirizzi e contatti
        </Title>
        <FieldGrid>
          <DetailField label="Residenza" value={address(c.resAddress, c.resCap, c.resComune, c.resProvince)} />
          <DetailField
            label="Domicilio"
            value={c.domicileSame ? 'Uguale alla residenza' : address(c.domAddress, c.domCap, c.domComune, c.domProvince)}
          />
          <div />
          <DetailField label={L.phone!} value={c.phone} />
          <DetailField label={L.email!} value={c.email} />
        </FieldGrid>
      </Card>
      <Card withBorder>
        <DetailField label={L.notes!} value={c.notes} multiline />
      </Card>
    </Stack>
  );
}
