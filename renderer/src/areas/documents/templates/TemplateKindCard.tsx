/**
 * One kind of document on «Modelli dei documenti»: what its documents are filled from now (the
 * built-in document or the office's template vN, with the fields it uses), and for an
 * administrator the way to upload a new version or withdraw the one in use; the older versions;
 * the fields a template may use.
 */
import { Accordion, Alert, Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconExternalLink, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { DOCUMENT_KIND_LABELS, type TemplateView } from '@shared/api/documents';
import { findTemplateField, templateFieldsFor } from '@shared/documents/fields';
import { api } from '../../../api/client';
import { canOpenFiles, deliverFile } from '../../../lib/files';
import { formatDate, formatDateTime } from '../../../lib/format';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { Placeholder, TemplateFieldsPanel } from './TemplateFieldsPanel';
import { TemplateUploadDialog } from './TemplateUploadDialog';
import { afterWithdrawal, olderVersionState, type KindTemplates } from './template-versions';
import { TableHead } from '../../../components/TableParts';

interface Props {
  templates: KindTemplates;
  /** Every version of every kind, to say what a withdrawal goes back to. */
  all: readonly TemplateView[];
  canManage: boolean;
}

async function deliverTemplate(template: TemplateView, how: 'save' | 'open') {
  try {
    await deliverFile(await api.call('documents.templateContent', { id: template.id }), how);
  } catch (e) {
    showApiError(e, undefined, 'Impossibile scaricare il modello.');
  }
}

export function TemplateKindCard({ templates, all, canManage }: Props) {
  const { kind, inUse, older } = templates;
  const [uploading, setUploading] = useState(false);
  const label = DOCUMENT_KIND_LABELS[kind];

  return (
    <Card withBorder data-testid={`template-kind-${kind}`} aria-label={label} component="section">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="xs">
              <Title order={4}>{label}</Title>
              {inUse ? (
                <Badge color="blue" variant="light">
                  Modello dell’ufficio v{inUse.version}
                </Badge>
              ) : (
                <Badge color="gray" variant="light">
                  Documento incorporato
                </Badge>
              )}
            </Group>
            {inUse ? (
              <Text size="sm">
                Si prepara con «{inUse.fileName}», caricato da {inUse.uploadedBy} il {formatDateTime(inUse.uploadedAt)}
                {inUse.origin ? `, pubblicato dall’ufficio regionale (${inUse.origin})` : ''}.
              </Text>
            ) : (
              <Text size="sm">Si prepara con il testo incluso nel programma.</Text>
            )}
            {inUse?.note && (
              <Text size="sm" c="dimmed">
                Nota: {inUse.note}
              </Text>
            )}
          </Stack>
          {canManage && (
            <Button leftSection={<IconUpload size={16} />} onClick={() => setUploading(true)}>
              Carica un modello
            </Button>
          )}
        </Group>

        {inUse && (
          <Group gap="xs">
            <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => void deliverTemplate(inUse, 'save')}>
              Scarica il modello
            </Button>
            {canOpenFiles() && (
              <Button size="xs" variant="default" leftSection={<IconExternalLink size={14} />} onClick={() => void deliverTemplate(inUse, 'open')}>
                Apri in Word
              </Button>
            )}
            {canManage && !inUse.origin && <WithdrawButton template={inUse} fallback={afterWithdrawal(all, inUse)} />}
          </Group>
        )}

        {inUse && <UsedFields template={inUse} />}

        {older.length > 0 && <OlderVersions older={older} inUse={inUse} canManage={canManage} />}

        <Accordion variant="contained" chevronPosition="left">
          <Accordion.Item value="campi">
            <Accordion.Control>Campi disponibili per {label.toLowerCase()} ({templateFieldsFor(kind).length})</Accordion.Control>
            <Accordion.Panel>
              <TemplateFieldsPanel kind={kind} />
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      </Stack>
      {canManage && (
        <TemplateUploadDialog
          kind={kind}
          inUse={inUse}
          opened={uploading}
          onClose={() => setUploading(false)}
          onUploaded={() => setUploading(false)}
        />
      )}
    </Card>
  );
}

function UsedFields({ template }: { template: TemplateView }) {
  if (template.placeholders.length === 0) {
    return (
      <Alert color="yellow" variant="light" p="xs">
        <Text size="sm">Questo modello non usa nessun campo: ogni documento avrà lo stesso testo, senza i dati della pratica.</Text>
      </Alert>
    );
  }
  return (
    <Stack gap={4} data-testid="template-used-fields">
      <Text size="sm" fw={500}>
        Campi usati ({template.placeholders.length})
      </Text>
      <Group gap="xs">
        {template.placeholders.map((key) => (
          <Group key={key} gap={2} title={findTemplateField(key)?.label}>
            <Placeholder fieldKey={key} />
          </Group>
        ))}
      </Group>
    </Stack>
  );
}

function OlderVersions({ older, inUse, canManage }: { older: TemplateView[]; inUse: TemplateView | null; canManage: boolean }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Versioni precedenti
      </Text>
      <Table verticalSpacing={4} aria-label="Versioni precedenti">
        <TableHead columns={['Versione', 'File', 'Caricata', 'Stato', '']} />
        <Table.Tbody>
          {older.map((t) => (
            <Table.Tr key={t.id}>
              <Table.Td>v{t.version}</Table.Td>
              <Table.Td>{t.fileName}</Table.Td>
              <Table.Td>
                {formatDate(t.uploadedAt)}, {t.uploadedBy}
                {t.origin ? ` (ufficio regionale ${t.origin})` : ''}
              </Table.Td>
              <Table.Td>{olderVersionState(t, inUse, formatDate)}</Table.Td>
              <Table.Td>
                <Button size="compact-sm" variant="subtle" leftSection={<IconDownload size={14} />} onClick={() => void deliverTemplate(t, 'save')}>
                  Scarica
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {canManage && (
        <Text size="xs" c="dimmed">
          Per usare di nuovo una versione ritirata, scaricala e caricala come nuovo modello.
        </Text>
      )}
    </Stack>
  );
}

function WithdrawButton({ template, fallback }: { template: TemplateView; fallback: TemplateView | null }) {
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const label = DOCUMENT_KIND_LABELS[template.kind];
  const next = fallback ? `con il modello v${fallback.version} («${fallback.fileName}»)` : 'con il documento incorporato nel programma';

  async function withdraw() {
    setBusy(true);
    try {
      await api.call('documents.withdrawTemplate', { id: template.id });
      showSaved(`${label}: da ora si prepara ${next}.`, 'Modello ritirato');
      setOpened(false);
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button size="xs" color="red" variant="light" onClick={() => setOpened(true)}>
        Ritira
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Ritirare il modello v${template.version}?`} centered>
        <Stack>
          <Text size="sm">
            {label}: i prossimi documenti si preparano {next}.
          </Text>
          <Text size="sm" c="dimmed">
            I documenti già preparati non cambiano. Il file «{template.fileName}» resta tra le versioni precedenti e si può sempre scaricare.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              Annulla
            </Button>
            <Button color="red" loading={busy} onClick={() => void withdraw()}>
              Ritira il modello
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
