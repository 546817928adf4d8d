/**
 * Who signed a digitally signed copy, as the core verified it (decision 0033): one line that says it
 * all, then each signer with the party they sign for, codice fiscale, when and with whose
 * certificate; the parties expected and missing. A different content is shown in red.
 */
import { Alert, Badge, Group, List, Stack, Text } from '@mantine/core';
import { signatureSummary, SIGNING_PARTY_LABELS, type SignatureCheck, type SignerView } from '@shared/documents/signatures';
import { formatDate, formatDateTime } from '../../../../lib/format';

// Dark badges: on the alert's tinted background the light ones fall under the 4.5:1 contrast axe asks for.
const CHAIN_WORDS: Record<SignerView['chain'], string> = {
  verificata: 'Catena verificata',
  non_verificata: 'Catena non verificata',
  non_riconosciuta: 'Certificatore non nell’elenco',
};

function SignerLine({ signer }: { signer: SignerView }) {
  return (
    <List.Item>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {signer.name}
        </Text>
        {signer.taxCode && (
          <Text size="sm" ff="monospace">
            {signer.taxCode}
          </Text>
        )}
        {signer.party ? (
          <Badge size="sm" variant="filled" color="blue.9">
            {SIGNING_PARTY_LABELS[signer.party]}
          </Badge>
        ) : (
          <Badge size="sm" variant="filled" color="red.9">
            non tra i firmatari previsti
          </Badge>
        )}
        <Badge size="sm" variant="outline" color={signer.chain === 'non_riconosciuta' ? 'red.9' : 'dark'}>
          {CHAIN_WORDS[signer.chain]}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {signer.signedAt ? `firmato il ${formatDateTime(signer.signedAt)}` : 'ora della firma non dichiarata'} · certificato di {signer.issuer}, valido dal {formatDate(signer.validFrom)} al{' '}
        {formatDate(signer.validTo)}
      </Text>
    </List.Item>
  );
}

export function SignatureDetails({ check, title }: { check: SignatureCheck; title: string }) {
  const different = check.content === 'diverso';
  return (
    <Alert color={different ? 'red' : check.missing.length > 0 ? 'yellow' : 'green'} variant="light" p="xs" aria-label={`Firme digitali di ${title}`}>
      <Stack gap={4}>
        <Text size="sm">{signatureSummary(check)}</Text>
        <List size="sm" spacing={4} aria-label="Firmatari">
          {check.signers.map((s, i) => (
            <SignerLine key={`${s.taxCode ?? s.name}-${i}`} signer={s} />
          ))}
        </List>
        {check.missing.length > 0 && (
          <Text size="sm" fw={600}>
            Firme previste e non trovate: {check.missing.map((m) => `${SIGNING_PARTY_LABELS[m.party]}${m.name ? ` (${m.name})` : ''}`).join(', ')}.
          </Text>
        )}
        {!check.trustList && (
          <Text size="xs" c="dimmed">
            Senza rete non si può sapere se il certificatore è qualificato: un amministratore può importare l’elenco di fiducia AgID in Impostazioni.
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
