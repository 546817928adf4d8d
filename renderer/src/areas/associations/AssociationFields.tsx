/** The association form's fields, grouped the way the paper request from an association reads. */
import { ActionIcon, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { LEGAL_FORM_LABELS, LEGAL_FORMS, SITE_EMPLOYEES } from '@shared/api/associations';
import { ProvinceSelect } from '../../lib/ProvinceSelect';
import { CommitteeField } from './CommitteeField';
import { EligibilityFields } from './EligibilityFields';
import { EMPTY_SITE, type AssociationFormValues } from './form-values';
import { NumberField } from '../../lib/NumberField';
import { Section } from '../../components/Section';
import { ASSOCIATION_FIELDS as F } from '@shared/fields/association';

type Form = UseFormReturnType<AssociationFormValues>;

export function AssociationFields({ form }: { form: Form }) {
  const sites = form.getValues().sites;
  return (
    <Stack>
      <Section title="Dati principali">
        <TextInput label={F.name.label} withAsterisk {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={F.legalForm.label}
            withAsterisk
            allowDeselect={false}
            data={LEGAL_FORMS.map((f) => ({ value: f, label: LEGAL_FORM_LABELS[f] }))}
            {...form.getInputProps('legalForm')}
          />
          <TextInput label={F.taxCode.label} description={F.taxCode.help} withAsterisk {...form.getInputProps('taxCode')} />
          <TextInput label={F.vatNumber.label} description={F.vatNumber.help} {...form.getInputProps('vatNumber')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <CommitteeField {...form.getInputProps('committee')} />
          <TextInput label={F.aicsAffiliation.label} {...form.getInputProps('aicsAffiliation')} />
          <TextInput label={F.registryNumber.label} {...form.getInputProps('registryNumber')} />
        </SimpleGrid>
      </Section>

      <Section title="Sede legale">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <TextInput label={F.address.short} withAsterisk style={{ gridColumn: 'span 2' }} {...form.getInputProps('address')} />
          <TextInput label={F.cap.label} {...form.getInputProps('cap')} />
          <ProvinceSelect {...form.getInputProps('province')} />
        </SimpleGrid>
        <TextInput label={F.comune.label} withAsterisk {...form.getInputProps('comune')} />
      </Section>

      <Section title="Legale rappresentante e contatti">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput label={F.legalRepName.label} placeholder="Nome e cognome" {...form.getInputProps('legalRepName')} />
          <TextInput label={F.legalRepTaxCode.label} description={F.legalRepTaxCode.help} {...form.getInputProps('legalRepTaxCode')} />
          <TextInput label={F.legalRepRole.short} placeholder="Presidente" {...form.getInputProps('legalRepRole')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={F.contactName.label} {...form.getInputProps('contactName')} />
          <TextInput label={F.phone.label} {...form.getInputProps('phone')} />
          <TextInput label={F.email.label} {...form.getInputProps('email')} />
          <TextInput label={F.pec.label} {...form.getInputProps('pec')} />
        </SimpleGrid>
      </Section>

      <Section title="Attività e personale" description="Il numero di dipendenti decide quanti tirocinanti l’associazione può ospitare. Zero è ammesso: vale il protocollo AICS.">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <NumberField label={F.employees.label} withAsterisk {...form.getInputProps('employees')} />
          <TextInput label={F.ccnl.label} {...form.getInputProps('ccnl')} />
          <TextInput label={F.atecoCode.label} placeholder="93.12.00" {...form.getInputProps('atecoCode')} />
          <TextInput label={F.sector.label} {...form.getInputProps('sector')} />
        </SimpleGrid>
      </Section>

      <Section title="Idoneità e imposta di bollo">
        <EligibilityFields form={form} />
      </Section>

      <Section title={F.sites.label} description="Dove si svolgono le attività (e dove potrà svolgersi il tirocinio), se diverse dalla sede legale.">
        {sites.length === 0 && (
          <Text size="sm" c="dimmed">
            Nessuna sede operativa oltre alla sede legale.
          </Text>
        )}
        {sites.map((site, index) => (
          <Card key={site.id ?? `new-${index}`} withBorder bg="gray.0">
            <Group align="flex-start" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
                <TextInput label="Nome della sede" placeholder="es. Palestra comunale" {...form.getInputProps(`sites.${index}.label`)} />
                <TextInput label="Indirizzo" withAsterisk style={{ gridColumn: 'span 2' }} {...form.getInputProps(`sites.${index}.address`)} />
                <TextInput label="Comune" withAsterisk {...form.getInputProps(`sites.${index}.comune`)} />
                <TextInput label="CAP" {...form.getInputProps(`sites.${index}.cap`)} />
                <ProvinceSelect {...form.getInputProps(`sites.${index}.province`)} />
                <NumberField label={SITE_EMPLOYEES} description="Se vuoto, conta il totale dell’associazione" {...form.getInputProps(`sites.${index}.employees`)} />
              </SimpleGrid>
              <ActionIcon variant="subtle" color="red" mt={24} aria-label={`Rimuovi la sede ${index + 1}`} onClick={() => form.removeListItem('sites', index)}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          </Card>
        ))}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('sites', { ...EMPTY_SITE })}>
            Aggiungi sede operativa
          </Button>
        </Group>
      </Section>

      <Section title="Note">
        <Textarea autosize minRows={3} aria-label={F.notes.label} {...form.getInputProps('notes')} />
      </Section>
    </Stack>
  );
}
