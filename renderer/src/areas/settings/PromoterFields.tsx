/** The promoter organisation's fields, shared by the first-start wizard and the settings page. */
import { SimpleGrid, TextInput } from '@mantine/core';
import type { FieldBinder } from '../../lib/form-types';
import { ProvinceSelect } from '../../lib/ProvinceSelect';

export function PromoterFields({ form, prefix }: { form: FieldBinder; prefix: string }) {
  const bind = (field: string) => form.getInputProps(`${prefix}.${field}`);
  return (
    <>
      <TextInput label="Denominazione" withAsterisk {...bind('name')} />
      <SimpleGrid cols={2}>
        <TextInput label="Codice fiscale" description="11 cifre" withAsterisk {...bind('taxCode')} />
        <TextInput label="Partita IVA" {...bind('vatNumber')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 4 }}>
        <TextInput label="Indirizzo della sede legale" style={{ gridColumn: 'span 2' }} {...bind('address')} />
        <TextInput label="CAP" {...bind('cap')} />
        <ProvinceSelect {...bind('province')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput label="Comune" {...bind('comune')} />
        <TextInput label="Telefono" {...bind('phone')} />
        <TextInput label="Legale rappresentante" {...bind('legalRepName')} />
        <TextInput label="Qualifica del legale rappresentante" placeholder="Presidente" {...bind('legalRepRole')} />
        <TextInput label="Email" {...bind('email')} />
        <TextInput label="PEC" {...bind('pec')} />
      </SimpleGrid>
      <TextInput
        label="Estremi dell'accreditamento"
        description="Es. accreditamento regionale ai servizi al lavoro, determinazione n. … del …"
        {...bind('accreditationRef')}
      />
    </>
  );
}
