/**
 * What the file declares beyond the plan (decision 0015): the person's declaration of no work for
 * the host in the previous two years, with its date; the interns the host already has at this
 * site through other promoters (they count in its quota); the Region's «Portale Tirocini» reference.
 */
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { DateField } from '../../../lib/DateField';
import { NumberField } from '../../../lib/NumberField';
import type { InternshipFormType } from './form-type';
import { INTERNSHIP_FIELDS as F } from '@shared/fields/internship';

const PRIOR_WORK_OPTIONS = [
  { value: 'no', label: 'Non ha lavorato né collaborato con l’ospitante' },
  { value: 'si', label: 'Ha lavorato o collaborato con l’ospitante' },
];

export function DeclarationsFields({ form }: { form: InternshipFormType }) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          style={{ gridColumn: 'span 2' }}
          label="Lavoro presso l’ospitante negli ultimi 2 anni"
          description="Dichiarazione della persona; vuoto = non ancora dichiarato"
          placeholder="Non dichiarato"
          clearable
          data={PRIOR_WORK_OPTIONS}
          {...form.getInputProps('workedForHost')}
          onChange={(v) => form.setFieldValue('workedForHost', v === 'si' || v === 'no' ? v : null)}
        />
        <DateField label={F.workedForHostDeclaredOn.short} description={F.workedForHostDeclaredOn.help} {...form.getInputProps('workedForHostDeclaredOn')} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberField
          label={F.hostOtherPromoterInterns.label}
          description={F.hostOtherPromoterInterns.help}
          {...form.getInputProps('hostOtherPromoterInterns')}
        />
        <TextInput
          label={F.portalReference.label}
          description={F.portalReference.help}
          {...form.getInputProps('portalReference')}
        />
      </SimpleGrid>
    </>
  );
}
