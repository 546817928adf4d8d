/**
 * Art. 9 GDPR data (disability, health, social-services care). They are loaded only when a
 * coordinator asks to see them, because every read is written to the access log; operators
 * without the permission see no trace of them, not even whether they exist.
 */
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff, IconLock, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import type { Candidate, CandidateSpecial } from '@shared/api/candidates';
import { api, errorMessage } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { formatDateTime } from '../../../lib/format';
import { CANDIDATE_FIELD_LABELS as L, formatCandidateValue } from '../labels';
import { DetailField, FieldGrid } from '../../../components/DetailField';
import { SpecialDataForm } from './SpecialDataForm';

export function SpecialDataCard({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  const [special, setSpecial] = useState<CandidateSpecial | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  if (!session.can('candidates.special')) {
    return (
      <Text size="sm" c="dimmed">
        <IconLock size={14} style={{ verticalAlign: 'middle' }} /> Dati particolari visibili solo ai coordinatori.
      </Text>
    );
  }

  async function show() {
    setLoading(true);
    setError(null);
    try {
      setSpecial(await api.call('candidates.getSpecial', { id: c.id }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setLoading(false);
    }
  }

  const editable = !c.deletedAt && !c.mergedInto;

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Dati particolari (art. 9 GDPR)</Title>
          {special && !editing && (
            <Group gap="xs">
              {editable && (
                <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  Modifica dati particolari
                </Button>
              )}
              <Button size="xs" variant="default" leftSection={<IconEyeOff size={14} />} onClick={() => setSpecial(null)}>
                Nascondi
              </Button>
            </Group>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Invalidità, salute e presa in carico dei servizi sociali. Ogni consultazione viene registrata con il tuo nome, la data e l’ora.
        </Text>
        {!c.specialLegalBasis && (
          <Alert color="orange" variant="light" p="xs">
            <Text size="sm">
              Manca la base giuridica per questi dati: indicala con «Modifica», nella sezione Privacy, prima di registrarli.
            </Text>
          </Alert>
        )}
        {error && <Text c="red" size="sm">{error}</Text>}
        {!special ? (
          <Group>
            <Button variant="light" color="grape" leftSection={<IconEye size={16} />} loading={loading} onClick={() => void show()}>
              Mostra dati particolari
            </Button>
          </Group>
        ) : editing ? (
          <SpecialDataForm
            candidateId={c.id}
            special={special}
            onCancel={() => setEditing(false)}
            onSaved={(saved) => {
              setSpecial(saved);
              setEditing(false);
            }}
          />
        ) : (
          <>
            <FieldGrid>
              <DetailField label={L.disabilityPercent!} value={formatCandidateValue('disabilityPercent', special.disabilityPercent)} />
              <DetailField label={L.socialServicesCare!} value={formatCandidateValue('socialServicesCare', special.socialServicesCare)} />
              <DetailField label="Ultima modifica" value={special.updatedAt ? formatDateTime(special.updatedAt) : 'non ancora compilati'} />
            </FieldGrid>
            <DetailField label={L.healthNotes!} value={special.healthNotes} multiline />
            <DetailField label={L.socialServicesNotes!} value={special.socialServicesNotes} multiline />
          </>
        )}
      </Stack>
    </Card>
  );
}
