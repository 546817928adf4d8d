/**
 * The verified file before it is imported: who sent it and when, what stayed at the desk, and what
 * importing would do per area. «Importa» waits for the confirmation that registers a new office.
 */
import { Alert, Button, Card, Checkbox, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseImport } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { exchangeTableInfo } from '@shared/api/exchange-tables';
import type { ImportPreview } from '@shared/api/exchange';
import { formatDateTime, formatInteger } from '../../../lib/format';
import { fromTheOffice, kindLabel, officeName, theOffice } from '../words';
import { CountsLegend, CountsTable } from './CountsTable';

interface Props {
  preview: ImportPreview;
  importing: boolean;
  onImport(registerOffice: boolean): void;
  onAnotherFile(): void;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function Info({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

export function PreviewCard({ preview, importing, onImport, onAnotherFile }: Props) {
  const { bundle } = preview;
  const [register, setRegister] = useState(false);
  const content =
    bundle.kind === 'pubblicazione'
      ? 'Pubblicazione dell’ufficio regionale'
      : bundle.full || !bundle.fromAt
        ? 'Esportazione completa'
        : `Modifiche dal ${formatDateTime(bundle.fromAt)} (esportazione precedente)`;
  const leftOut = bundle.leftOut.map((t) => exchangeTableInfo(t)?.label ?? t);
  const blocked = preview.unknownOffice && !register;

  return (
    <Card withBorder data-testid="exchange-preview">
      <Stack gap="md">
        <div>
          <Title order={4}>Il file è integro e si legge con la chiave di questo ufficio</Title>
          <Text size="sm" c="dimmed">
            «{preview.fileName}»: controlla chi lo ha preparato e cosa cambierà, poi conferma con «Importa». Finora non è stato scritto nulla.
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Info label="Da">
            {officeName(bundle.site)} ({kindLabel(bundle.site.kind).toLowerCase()})
          </Info>
          <Info label="Preparato il">
            {formatDateTime(bundle.exportedAt)} da {bundle.exportedBy}
          </Info>
          <Info label="Contenuto">{content}</Info>
          <Info label="File allegati">{bundle.files === 0 ? 'nessuno' : formatInteger(bundle.files)}</Info>
          <Info label="Versione dell’applicazione">{bundle.appVersion}</Info>
        </SimpleGrid>
        {preview.alreadyImportedAt && (
          <Alert color="blue" title={`Già importato il ${formatDateTime(preview.alreadyImportedAt)}`}>
            Questo stesso file è già stato importato: importarlo di nuovo non cambia nulla.
          </Alert>
        )}
        {preview.unknownOffice && !preview.alreadyImportedAt && (
          <Alert color="yellow" title={`${capitalize(theOffice(bundle.site))} («${bundle.site.name}») non è ancora registrato qui`}>
            <Stack gap="xs">
              <Text size="sm">
                È la prima volta che arriva un file {fromTheOffice(bundle.site)}. Controlla che nome e codice siano giusti (in caso di dubbio, telefona): importando,
                {bundle.site.kind === 'ufficio_regionale' ? ' l’ufficio' : ' lo sportello'} viene registrato tra le sedi conosciute.
              </Text>
              <Checkbox
                label={`Registra ${theOffice(bundle.site)} («${bundle.site.name}»)`}
                checked={register}
                onChange={(e) => setRegister(e.currentTarget.checked)}
                disabled={importing}
              />
            </Stack>
          </Alert>
        )}
        {leftOut.length > 0 && (
          <Text size="sm">
            <Text span fw={600} size="sm">
              Rimasti allo sportello (non sono nel file):
            </Text>{' '}
            {leftOut.join('; ')}.
          </Text>
        )}
        <Stack gap={6}>
          <Text fw={600} size="sm">
            Cosa farà l’importazione
          </Text>
          {preview.areas.length === 0 ? (
            <Text size="sm" c="dimmed">
              Il file non contiene record.
            </Text>
          ) : (
            <>
              <CountsTable areas={preview.areas} totals={preview.totals} label="Cosa farà l’importazione" />
              <CountsLegend />
            </>
          )}
        </Stack>
        <Group>
          <Button leftSection={<IconDatabaseImport size={16} />} loading={importing} disabled={blocked} onClick={() => onImport(register)}>
            Importa
          </Button>
          <Button variant="default" onClick={onAnotherFile} disabled={importing}>
            Scegli un altro file
          </Button>
          {blocked && (
            <Text size="sm" c="dimmed">
              Per importare, conferma prima di registrare {theOffice(bundle.site)}.
            </Text>
          )}
          {importing && (
            <Text size="sm" c="dimmed">
              Importazione in corso: non chiudere l’applicazione.
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
