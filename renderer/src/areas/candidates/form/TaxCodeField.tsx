/**
 * The codice fiscale box. It says what a valid code means ("Nato a Torino (TO) il 10/12/1985"),
 * checks the code as soon as it is complete (a wrong check letter is shown at once, nothing typed
 * is changed), and lists in orange where the code disagrees with the other data: never a block.
 */
import { Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { agree } from '@shared/text/agreement';
import { normalizeTaxCode } from '@shared/validation/tax-codes';
import { formatDate } from '../../../lib/format';
import type { CandidateForm } from './form-type';
import type { TaxCodeAssist } from './useTaxCodeAssist';
import { CANDIDATE_FIELDS as F } from '@shared/fields/candidate';

/** Codes read character by character: only the box is monospaced, not its label. */
export const MONOSPACE_INPUT = { input: { fontFamily: 'var(--mantine-font-family-monospace)' } };

function describe(assist: TaxCodeAssist): string {
  const { decoded, provisional } = assist;
  if (provisional) return 'Codice provvisorio di 11 cifre: data, sesso e luogo di nascita vanno scritti a mano.';
  if (!decoded) return '16 caratteri, oppure il codice provvisorio di 11 cifre. Data, sesso e luogo di nascita si compilano dal codice.';
  const born = agree(decoded.sex, 'Nato/a');
  const place = decoded.place
    ? `${decoded.place.kind === 'stato' ? 'in' : 'a'} ${decoded.placeLabel}`
    : `in un luogo con codice ${decoded.placeCode} che non è nell’elenco dei comuni e degli stati`;
  const omocodia = decoded.omocodic ? ' (codice con omocodia)' : '';
  return `${born} ${place} il ${formatDate(decoded.birthDate)}${omocodia}`;
}

/** A code is checked while typing once it is as long as a full or a provisional one. */
function isComplete(code: string): boolean {
  return code.length >= 16 || /^\d{11}$/.test(code);
}

export function TaxCodeField({ form, assist }: { form: CandidateForm; assist: TaxCodeAssist }) {
  const input = form.getInputProps('taxCode');
  return (
    <Stack gap={4}>
      <TextInput
        label={F.taxCode.label}
        withAsterisk
        autoComplete="off"
        spellCheck={false}
        styles={MONOSPACE_INPUT}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        description={describe(assist)}
        {...input}
        onChange={(event) => {
          // Shown in capitals as it is printed on the card; spaces stay until the save drops them.
          const value = event.currentTarget.value.toUpperCase();
          form.setFieldValue('taxCode', value);
          if (isComplete(normalizeTaxCode(value))) form.validateField('taxCode');
        }}
      />
      {assist.mismatches.map((warning) => (
        <Text key={warning} size="sm" c="orange.8" role="status">
          <IconAlertTriangle size={14} style={{ verticalAlign: -2, marginRight: 4 }} />
          {warning}
        </Text>
      ))}
    </Stack>
  );
}
