/** «Scarica il file»: an export fetched in pieces, then saved (desktop) or downloaded (browser). */
import { Button, Loader, type ButtonProps } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { deliverBlob } from '../../../lib/files';
import { showApiError } from '../../../lib/form-errors';
import { fetchExport } from '../transfer';

interface Props extends Pick<ButtonProps, 'size' | 'variant'> {
  exportId: string;
  label?: string;
}

export function DownloadExportButton({ exportId, label = 'Scarica il file', size, variant }: Props) {
  const [share, setShare] = useState<number | null>(null);

  async function download() {
    setShare(0);
    try {
      const { fileName, blob } = await fetchExport(exportId, (done, total) => setShare(total === 0 ? 100 : Math.round((done / total) * 100)));
      await deliverBlob(blob, fileName);
    } catch (e) {
      showApiError(e, undefined, 'Il file non si scarica. Riprova.');
    } finally {
      setShare(null);
    }
  }

  return (
    <Button
      size={size}
      variant={variant}
      leftSection={share === null ? <IconDownload size={16} /> : <Loader size={14} color="gray" />}
      disabled={share !== null}
      onClick={() => void download()}
    >
      {share === null ? label : `Scaricamento… ${share}%`}
    </Button>
  );
}
