/**
 * «Modelli dei documenti»: for each kind of Word document, whether the built-in document or the
 * office's own template is in use, its versions, and the fields a template may use. Administrators
 * upload and withdraw; everyone who reads documents can look (and download the templates).
 */
import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useApiQuery } from '../../../api/query';
import { LoadError } from '../../../app/LoadError';
import { useSession } from '../../../auth/AuthProvider';
import { TemplateKindCard } from './TemplateKindCard';
import { templatesByKind } from './template-versions';

export function TemplatesPage() {
  const session = useSession();
  const canRead = session.can('documents.read');
  const canManage = session.can('settings.manage');
  const list = useApiQuery('documents.templates', {});

  if (!canRead) return <Alert color="gray">Il tuo ruolo non prevede la consultazione dei documenti.</Alert>;
  if (list.error) return <LoadError message={list.error} />;

  return (
    <Stack maw={1100}>
      {canManage && (
        <Anchor component={Link} to="/impostazioni" size="sm">
          ← Impostazioni
        </Anchor>
      )}
      <div>
        <Title order={1}>Modelli dei documenti</Title>
        <Text size="sm" c="dimmed" maw={760}>
          Ogni documento si prepara con il testo incluso nel programma, a meno che l’ufficio non carichi un proprio modello Word. Nel modello si scrivono i
          campi tra doppie parentesi graffe (l’elenco è in «Campi disponibili» di ciascun documento); il resto del testo resta com’è. Ogni modello caricato è
          una nuova versione: le precedenti restano e si possono scaricare.
        </Text>
      </div>
      {!canManage && (
        <Text size="sm" c="dimmed">
          Solo un amministratore può caricare o ritirare un modello.
        </Text>
      )}
      {!list.data ? (
        <Loader />
      ) : (
        templatesByKind(list.data).map((t) => <TemplateKindCard key={t.kind} templates={t} all={list.data!} canManage={canManage} />)
      )}
    </Stack>
  );
}
