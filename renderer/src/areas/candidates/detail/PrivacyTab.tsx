/** What the person was told and agreed to, and on what ground the office holds art. 9 data. */
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Candidate } from '@shared/api/candidates';
import { useSession } from '../../../auth/AuthProvider';
import { CANDIDATE_FIELD_LABELS as L, formatCandidateValue } from '../labels';
import { DetailField, FieldGrid } from '../../../components/DetailField';

export function PrivacyTab({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  const f = (field: keyof Candidate) => formatCandidateValue(field, c[field]);
  const canEdit = session.can('candidates.write') && !c.deletedAt;
  return (
    <Stack>
      {!c.privacyNoticeDate && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} />} title="Informativa privacy non ancora registrata">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              Consegna l’informativa alla persona, falla firmare e poi registra qui la data e la versione.
            </Text>
            {canEdit && (
              <Button size="xs" component={Link} to={`/candidati/${c.id}/modifica`} leftSection={<IconPencil size={14} />}>
                Registra l’informativa
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      <Card withBorder>
        <Title order={4} mb="sm">
          Informativa e consenso
        </Title>
        <FieldGrid>
          <DetailField label={L.privacyNoticeDate!} value={f('privacyNoticeDate')} />
          <DetailField label={L.privacyNoticeVersion!} value={c.privacyNoticeVersion} />
          <div />
          <DetailField label={L.consentContact!} value={f('consentContact')} />
          <DetailField label={L.consentDate!} value={f('consentDate')} />
        </FieldGrid>
      </Card>
      <Card withBorder>
        <Title order={4} mb="sm">
          Dati particolari (art. 9 GDPR)
        </Title>
        <DetailField label={L.specialLegalBasis!} value={f('specialLegalBasis')} />
      </Card>
    </Stack>
  );
}
