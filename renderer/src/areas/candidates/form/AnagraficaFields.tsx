/** Anagrafica tab: who the person is, where they live and how to reach them. */
import { Checkbox, Grid, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { ProvinceSelect } from '../../../lib/ProvinceSelect';
import { ComuneField } from './ComuneField';
import { DateField } from '../../../lib/DateField';
import type { CandidateForm } from './form-type';
import { Section } from '../../../components/Section';
import { MONOSPACE_INPUT, TaxCodeField } from './TaxCodeField';
import type { TaxCodeAssist } from './useTaxCodeAssist';
import { CANDIDATE_FIELDS as F } from '@shared/fields/candidate';

const SEX_OPTIONS = [
  { value: 'M', label: 'Maschio' },
  { value: 'F', label: 'Femmina' },
];

export function AnagraficaFields({ form, assist }: { form: CandidateForm; assist: TaxCodeAssist }) {
  const domicileSame = form.getValues().domicileSame;
  return (
    <Stack>
      <Section title="Dati anagrafici" description="Parti dal codice fiscale: data, sesso e luogo di nascita si compilano da soli e puoi correggerli.">
        <TaxCodeField form={form} assist={assist} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={F.lastName.label} withAsterisk autoComplete="off" {...form.getInputProps('lastName')} />
          <TextInput label={F.firstName.label} withAsterisk autoComplete="off" {...form.getInputProps('firstName')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <DateField label={F.birthDate.label} withAsterisk maxDate={new Date()} {...form.getInputProps('birthDate')} />
          <Select label={F.sex.label} data={SEX_OPTIONS} clearable {...form.getInputProps('sex')} />
          <TextInput label={F.birthPlace.label} placeholder="es. Torino (TO)" {...form.getInputProps('birthPlace')} />
          <TextInput
            label={F.birthPlaceCode.short}
            title={`${F.birthPlaceCode.label}: ${F.birthPlaceCode.help.toLowerCase()}`}
            placeholder="es. L219"
            styles={MONOSPACE_INPUT}
            {...form.getInputProps('birthPlaceCode')}
          />
        </SimpleGrid>
      </Section>

      <Section title="Cittadinanza e permesso di soggiorno">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={F.citizenship.label} placeholder="es. italiana" {...form.getInputProps('citizenship')} />
          <TextInput label={F.permitType.label} placeholder="Tipo, es. lavoro subordinato" {...form.getInputProps('permitType')} />
          <DateField label={F.permitExpiry.label} {...form.getInputProps('permitExpiry')} />
        </SimpleGrid>
      </Section>

      <Section title="Residenza e domicilio">
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label={F.resAddress.label} placeholder="Via e numero civico" {...form.getInputProps('resAddress')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <ComuneField form={form} comune="resComune" province="resProvince" label={F.resComune.label} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 2 }}>
            <TextInput label={F.resCap.short} {...form.getInputProps('resCap')} />
          </Grid.Col>
          <Grid.Col span={{ base: 6, sm: 2 }}>
            <ProvinceSelect {...form.getInputProps('resProvince')} />
          </Grid.Col>
        </Grid>
        <Checkbox label={F.domicileSame.label} {...form.getInputProps('domicileSame', { type: 'checkbox' })} />
        {!domicileSame && (
          <Grid>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <TextInput label={F.domAddress.label} placeholder="Via e numero civico" {...form.getInputProps('domAddress')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <ComuneField form={form} comune="domComune" province="domProvince" label={F.domComune.label} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              {/* Short labels fit the row; the accessible names still say which address they belong to. */}
              <TextInput label={F.domCap.short} aria-label={F.domCap.label} {...form.getInputProps('domCap')} />
            </Grid.Col>
            <Grid.Col span={{ base: 6, sm: 2 }}>
              <ProvinceSelect aria-label={F.domProvince.label} {...form.getInputProps('domProvince')} />
            </Grid.Col>
          </Grid>
        )}
      </Section>

      <Section title="Contatti">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={F.phone.label} type="tel" {...form.getInputProps('phone')} />
          <TextInput label={F.email.label} type="email" {...form.getInputProps('email')} />
        </SimpleGrid>
      </Section>

      <Section title="Note" description="Note generali sul profilo. Le note dei colloqui, datate, si aggiungono dalla scheda del candidato.">
        <Textarea aria-label={F.notes.label} autosize minRows={3} {...form.getInputProps('notes')} />
      </Section>
    </Stack>
  );
}
