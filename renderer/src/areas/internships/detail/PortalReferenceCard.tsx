/**
 * The file's reference on the Region's «Portale Tirocini», written in any status: the Region gives
 * it when the tirocinio is registered there, often after signature or start, while the rest of the
 * file is a draft's only. A started file without it carries a reminder among the findings.
 */
import { Button, Card, Group, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { Internship } from '@shared/api/internship-fields';
import { api } from '../../../api/client';
import { showApiError, showSaved } from '../../../lib/form-errors';

export function PortalReferenceCard({ file, canWrite }: { file: Internship; canWrite: boolean }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(file.portalReference ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      await api.call('internships.setPortalReference', { id: file.id, hlc: file.hlc, portalReference: text });
      showSaved('Riferimento del Portale Tirocini registrato.');
      setEditing(false);
    } catch (e) {
      showApiError(e, { setErrors: (errors) => setError(errors.portalReference ?? null) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder data-testid="portal-reference">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={5}>Portale Tirocini della Regione Piemonte</Title>
          {!editing && <Text size="sm">{file.portalReference ? `Riferimento: ${file.portalReference}` : 'Riferimento non ancora registrato.'}</Text>}
        </div>
        {editing ? (
          <Group align="flex-end">
            <TextInput label="Riferimento sul Portale Tirocini" value={text} error={error} onChange={(e) => setText(e.currentTarget.value)} w={280} />
            <Button loading={busy} onClick={() => void save()}>
              Salva il riferimento
            </Button>
            <Button variant="default" onClick={() => setEditing(false)}>
              Annulla
            </Button>
          </Group>
        ) : (
          canWrite &&
          !file.deletedAt && (
            <Button variant="light" onClick={() => {
                setText(file.portalReference ?? '');
                setEditing(true);
              }}>
              {file.portalReference ? 'Modifica il riferimento' : 'Registra il riferimento'}
            </Button>
          )
        )}
      </Group>
    </Card>
  );
}
