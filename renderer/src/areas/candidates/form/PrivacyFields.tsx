/**
 * Privacy tab: when the person received the notice and which version, the legal basis for any
 * special-category data, and the consent to be contacted. The special data themselves are not
 * here: they are kept apart and edited from the profile by who may see them.
 */
import { Button, Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { SPECIAL_LEGAL_BASES, SPECIAL_LEGAL_BASIS_LABELS } from '@shared/api/candidates';
import { agree } from '@shared/text/agreement';
import { DateField } from '../../../lib/DateField';
import type { CandidateForm } from './form-type';
import { options } from './options';
import { Section } from '../../../components/Section';
import { today } from '@shared/validation/italian-time';
import { CANDIDATE_FIELDS as F } from '@shared/fields/candidate';

export function PrivacyFields({ form }: { form: CandidateForm }) {
  const consentInput = form.getInputProps('consentContact', { type: 'checkbox' });
  return (
    <Stack>
      <Section title="Informativa privacy" description="La data in cui la persona ha ricevuto l’informativa e la versione consegnata.">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <DateField label={F.privacyNoticeDate.short} style={{ flex: 1 }} maxDate={new Date()} {...form.getInputProps('privacyNoticeDate')} />
            <Button variant="default" onClick={() => form.setFieldValue('privacyNoticeDate', today())} aria-label="Informativa consegnata oggi">
              Oggi
            </Button>
          </Group>
          <TextInput label={F.privacyNoticeVersion.label} placeholder="es. 2024.1" {...form.getInputProps('privacyNoticeVersion')} />
        </SimpleGrid>
      </Section>

      <Section
        title="Dati particolari (art. 9 GDPR)"
        description="Se l’ufficio tratta dati sulla salute, sulla disabilità o sulla presa in carico dei servizi, indica su quale base. I dati veri e propri si inseriscono dalla scheda del candidato, solo da chi è autorizzato."
      >
        <Select
          label={F.specialLegalBasis.label}
          placeholder="Nessun dato particolare trattato"
          clearable
          data={options(SPECIAL_LEGAL_BASES, SPECIAL_LEGAL_BASIS_LABELS)}
          {...form.getInputProps('specialLegalBasis')}
        />
      </Section>

      <Section title="Consenso">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Checkbox
            mt="lg"
            label={agree(form.getValues().sex, 'Acconsente a essere contattato/a per offerte di tirocinio e di lavoro')}
            {...consentInput}
            onChange={(event) => {
              consentInput.onChange(event);
              // The day it is ticked is almost always the day it was given.
              if (event.currentTarget.checked && !form.getValues().consentDate) form.setFieldValue('consentDate', today());
            }}
          />
          <DateField label={F.consentDate.label} maxDate={new Date()} {...form.getInputProps('consentDate')} />
        </SimpleGrid>
      </Section>
    </Stack>
  );
}
