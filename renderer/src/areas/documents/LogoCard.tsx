/**
 * «Logo nei documenti» (Impostazioni, administrators): the promoter's logo printed in the header of
 * every Word document. A PNG or JPG up to 300 KB, checked here before it is sent; saved at once,
 * apart from the settings form.
 */
import { Alert, Button, Card, FileButton, Group, Image, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { api, errorMessage } from '../../api/client';
import { useApiQuery } from '../../api/query';
import { fileToBase64 } from '../../lib/files';
import { showApiError, showSaved } from '../../lib/form-errors';
import { logoFileProblem } from './file-checks';

export function LogoCard() {
  const logo = useApiQuery('documents.logo', {});
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const resetRef = useRef<() => void>(null);

  async function upload(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    const wrong = logoFileProblem(file);
    setProblem(wrong);
    if (wrong) return;
    setBusy('upload');
    try {
      await api.call('documents.setLogo', { logo: { fileName: file.name, contentBase64: await fileToBase64(file) } });
      showSaved('I prossimi documenti avranno questo logo nell’intestazione.', 'Logo aggiornato');
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  async function remove() {
    setBusy('remove');
    setProblem(null);
    try {
      await api.call('documents.setLogo', { logo: null });
      showSaved('I prossimi documenti avranno nell’intestazione solo il nome dell’ente promotore.', 'Logo tolto');
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(null);
    }
  }

  const current = logo.data;
  return (
    <Card withBorder component="section" aria-label="Logo nei documenti">
      <Stack>
        <div>
          <Title order={4}>Logo nei documenti</Title>
          <Text size="sm" c="dimmed">
            Stampato nell’intestazione di ogni documento Word, accanto al nome dell’ente promotore. Un’immagine PNG o JPG di al massimo 300 KB.
          </Text>
        </div>
        {logo.error && <Text size="sm" c="red">{logo.error}</Text>}
        {logo.loading && !current && !logo.error ? (
          <Loader size="sm" />
        ) : current ? (
          <Group align="center">
            <Paper withBorder p="xs" bg="white">
              <Image src={`data:${current.mimeType};base64,${current.contentBase64}`} alt="Logo attuale" h={64} w="auto" fit="contain" />
            </Paper>
            <Text size="sm">{current.fileName}</Text>
          </Group>
        ) : (
          !logo.error && <Text size="sm">Nessun logo: l’intestazione riporta solo il nome dell’ente promotore.</Text>
        )}
        {problem && (
          <Alert color="red" variant="light" p="xs" role="alert">
            <Text size="sm">{problem}</Text>
          </Alert>
        )}
        <Group>
          <FileButton onChange={(f) => void upload(f)} accept="image/png,image/jpeg,.png,.jpg,.jpeg" resetRef={resetRef} inputProps={{ 'aria-label': 'File del logo' }}>
            {(props) => (
              <Button {...props} leftSection={<IconPhotoUp size={16} />} loading={busy === 'upload'} disabled={busy === 'remove'}>
                Carica il logo
              </Button>
            )}
          </FileButton>
          {current && (
            <Button variant="default" color="red" leftSection={<IconTrash size={16} />} loading={busy === 'remove'} disabled={busy === 'upload'} onClick={() => void remove()}>
              Togli il logo
            </Button>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
