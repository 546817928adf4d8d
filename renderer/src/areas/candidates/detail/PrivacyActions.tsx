/**
 * The person's rights on the profile (GDPR, decision 0025): «Esporta i dati della persona»
 * (art. 15, roles that may see special data, since the export includes them) and «Anonimizza»
 * (art. 17, coordinators and administrators), irreversible, confirmed by typing the surname.
 */
import { Button } from '@mantine/core';
import { IconFileExport, IconUserOff } from '@tabler/icons-react';
import { useState } from 'react';
import type { Candidate } from '@shared/api/candidates';
import { api } from '../../../api/client';
import { useSession } from '../../../auth/AuthProvider';
import { deliverFile } from '../../../lib/files';
import { showApiError } from '../../../lib/form-errors';
import { AnonymiseDialog } from '../../../components/AnonymiseDialog';

export function PrivacyActions({ candidate: c }: { candidate: Candidate }) {
  const session = useSession();
  const [exporting, setExporting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const canExport = session.can('candidates.special');
  // Erasure is for the roles that may delete a profile: coordinators and administrators.
  const canErase = session.can('candidates.delete') && !c.anonymisedAt && !c.mergedInto;

  async function exportData() {
    setExporting(true);
    try {
      await deliverFile(await api.call('privacy.exportPerson', { id: c.id }), 'save');
    } catch (e) {
      showApiError(e, undefined, 'Non è stato possibile preparare l’esportazione. Riprova.');
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      {canExport && (
        <Button variant="default" leftSection={<IconFileExport size={16} />} loading={exporting} onClick={exportData}>
          Esporta i dati della persona
        </Button>
      )}
      {canErase && (
        <Button variant="light" color="red" leftSection={<IconUserOff size={16} />} onClick={() => setConfirming(true)}>
          Anonimizza
        </Button>
      )}
      {confirming && <AnonymiseDialog person={c} ground="richiesta" onClose={() => setConfirming(false)} />}
    </>
  );
}
