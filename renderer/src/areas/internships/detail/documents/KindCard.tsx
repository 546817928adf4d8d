/**
 * One kind of document of the file: what it is and who signs it, what stops it (each item linked
 * to the screen that fixes it), «Prepara», and its versions, newest first.
 */
import { Alert, Anchor, Button, Card, Collapse, Group, List, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { DOCUMENT_KIND_LABELS, DOCUMENT_SIGNED_BY, type InternshipDocuments } from '@shared/api/documents';
import type { Internship } from '@shared/api/internship-fields';
import { fixLink } from '@shared/documents/readiness';
import { italianMonth } from '@shared/rules/calendar';
import { today } from '@shared/validation/italian-time';
import { api } from '../../../../api/client';
import { useSession } from '../../../../auth/AuthProvider';
import { showApiError, showSaved } from '../../../../lib/form-errors';
import { useRefetchFile } from '../useRefetchFile';
import { VersionRow } from './VersionRow';

const monthLabel = (key: string) => {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return italianMonth(y, m);
};

interface KindCardProps {
  file: Internship;
  status: InternshipDocuments['kinds'][number];
  registerMonths: readonly string[];
  canWrite: boolean;
}

export function KindCard({ file, status, registerMonths, canWrite }: KindCardProps) {
  const refetchFile = useRefetchFile(file.id);
  const [busy, setBusy] = useState(false);
  const [showOlder, setShowOlder] = useState(false);
  const isRegister = status.kind === 'registro';
  // The month under way (or the last one the file had): a register is prepared for the month being worked.
  const thisMonth = today().slice(0, 7);
  const [month, setMonth] = useState<string | null>(registerMonths.filter((m) => m <= thisMonth).at(-1) ?? registerMonths.at(0) ?? null);
  const session = useSession();
  const seesSpecial = session.can('candidates.special');
  const label = DOCUMENT_KIND_LABELS[status.kind];
  const ids = { internshipId: file.id, associationId: file.associationId, candidateId: file.candidateId };
  const [newest, ...older] = isRegister ? status.versions.filter((v) => v.month === month) : status.versions;
  const title = isRegister && month ? `${label} di ${monthLabel(month)}` : label;
  // A document of a later step (the register before the start, the certificate before the end): said plainly, not as an error.
  const later = status.problems.length > 0 && status.problems.every((p) => p.field === 'status');

  async function generate() {
    setBusy(true);
    try {
      const doc = await api.call('documents.generate', { internshipId: file.id, kind: status.kind, month: isRegister ? month : null });
      showSaved(`${title}: preparata la versione ${doc.version}.`, 'Documento preparato');
    } catch (e) {
      showApiError(e, undefined, 'Il documento non si può ancora preparare.');
      // Refused because the file changed since the panel was read: show what stops the document now.
      refetchFile();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder data-testid={`documento-${status.kind}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={4}>{label}</Title>
            <Text size="xs" c="dimmed">
              Firmano: {DOCUMENT_SIGNED_BY[status.kind]}
            </Text>
          </div>
          {canWrite && (
            <Group gap="xs" align="flex-end">
              {isRegister && (
                <Select
                  aria-label="Mese del registro"
                  size="xs"
                  w={160}
                  data={registerMonths.map((m) => ({ value: m, label: monthLabel(m) }))}
                  value={month}
                  onChange={setMonth}
                  allowDeselect={false}
                  placeholder="Nessun mese"
                />
              )}
              <Button size="xs" leftSection={<IconFileText size={14} />} loading={busy} disabled={status.problems.length > 0 || (isRegister && !month)} onClick={() => void generate()}>
                {newest ? 'Prepara una nuova versione' : 'Prepara'}
              </Button>
            </Group>
          )}
        </Group>

        {later ? (
          <Text size="sm" c="dimmed">
            {status.problems[0]!.message}
          </Text>
        ) : (
          status.problems.length > 0 && (
            <Alert color="orange" variant="light" title="Prima di prepararlo sistema:">
              <List size="sm" spacing={2}>
                {status.problems.map((p) => (
                  <List.Item key={`${p.place}-${p.field ?? ''}-${p.message}`}>
                    {p.message}{' '}
                    {(p.field !== null || p.place !== 'tirocinio') && (
                      <Anchor component={Link} to={fixLink(p.place, ids)} size="sm">
                        {p.place === 'tirocinio' && file.status !== 'bozza' ? 'Vai alla pratica' : 'Correggi'}
                      </Anchor>
                    )}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )
        )}

        {newest ? (
          <VersionRow doc={newest} title={title} canWrite={canWrite} seesSpecial={seesSpecial} />
        ) : (
          <Text size="sm" c="dimmed">
            Non ancora preparato.
          </Text>
        )}
        {older.length > 0 && (
          <>
            <Anchor component="button" size="sm" onClick={() => setShowOlder((v) => !v)} aria-expanded={showOlder}>
              {showOlder ? 'Nascondi le versioni precedenti' : `Versioni precedenti (${older.length})`}
            </Anchor>
            <Collapse in={showOlder}>
              <Stack gap="sm">
                {older.map((d) => (
                  <VersionRow key={d.id} doc={d} title={title} canWrite={canWrite} seesSpecial={seesSpecial} />
                ))}
              </Stack>
            </Collapse>
          </>
        )}
      </Stack>
    </Card>
  );
}
