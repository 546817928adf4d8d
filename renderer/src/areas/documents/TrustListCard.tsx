/**
 * «Elenco di fiducia per le firme digitali» (Impostazioni, administrators): the AgID list of qualified
 * certificators (TSL, an XML file), imported so the chain of a digitally signed copy can be verified
 * without the network (decision 0033). Without it every signature says «catena non verificata».
 */
import { Alert, Button, Card, FileButton, Stack, Text, Title } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { DOCUMENT_UPLOAD_MAX_BYTES } from '@shared/api/documents';
import { CHAIN_UNVERIFIED_TEXT } from '@shared/documents/signatures';
import { count } from '@shared/text/plural';
import { api, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { extensionOf, fileToBase64 } from '../../lib/files';
import { formatDateTime } from '../../lib/format';
import { showSaved } from '../../lib/form-errors';

export function TrustListCard() {
  const list = useApiQuery('documents.trustList', {});
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);

  async function upload(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    if (extensionOf(file.name) !== 'xml' || file.size > DOCUMENT_UPLOAD_MAX_BYTES) {
      setProblem(`«${file.name}» non è l’elenco di fiducia: scegli il file XML scaricato dal sito di AgID.`);
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      const saved = await api.call('documents.importTrustList', { fileName: file.name, contentBase64: await fileToBase64(file) });
      showSaved(`${count(saved.count, 'certificato', 'certificati')} di certificatori qualificati: le prossime firme digitali allegate avranno la catena verificata.`, 'Elenco di fiducia importato');
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const current = list.data;
  return (
    <Card withBorder component="section" aria-label="Elenco di fiducia per le firme digitali">
      <Stack>
        <div>
          <Title order={4}>Elenco di fiducia per le firme digitali</Title>
          <Text size="sm" c="dimmed">
            Senza rete il programma non può sapere se il certificato di chi firma è di un certificatore qualificato: per questo scrive «{CHAIN_UNVERIFIED_TEXT}». Importando
            l’elenco dei certificatori qualificati pubblicato da AgID (file XML), la catena viene verificata su quell’elenco. Un nuovo elenco sostituisce il precedente.
          </Text>
        </div>
        {list.error && <Text size="sm" c="red">{list.error}</Text>}
        {current && current.count > 0 ? (
          <Text size="sm">
            {count(current.count, 'certificato', 'certificati')} da «{current.fileName}», importato il {formatDateTime(current.importedAt)} da {current.importedBy}.
          </Text>
        ) : (
          !list.error && <Text size="sm">Nessun elenco importato.</Text>
        )}
        {problem && (
          <Alert color="red" variant="light" p="xs" role="alert">
            <Text size="sm">{problem}</Text>
          </Alert>
        )}
        <FileButton onChange={(f) => void upload(f)} accept=".xml,text/xml,application/xml" resetRef={resetRef} inputProps={{ 'aria-label': 'File dell’elenco di fiducia' }}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconCertificate size={16} />} loading={busy} style={{ alignSelf: 'flex-start' }}>
              Importa l’elenco di fiducia
            </Button>
          )}
        </FileButton>
      </Stack>
    </Card>
  );
}
