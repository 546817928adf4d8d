/** Competenze tab: education, work experience, skills and languages. */
import { ActionIcon, Autocomplete, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { CEFR_LABELS, CEFR_LEVELS, EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS } from '@shared/api/candidates';
import type { CandidateForm } from './form-type';
import { EMPTY_EXPERIENCE, EMPTY_LANGUAGE } from './form-values';
import { options } from './options';
import { Section } from '../../../components/Section';
import { SkillsInput } from './SkillsInput';
import { NumberField } from '../../../lib/NumberField';
import { CANDIDATE_FIELDS as F } from '@shared/fields/candidate';

/** The languages met most often at the desks, offered as suggestions; any other can be typed. */
const COMMON_LANGUAGES = ['Italiano', 'Inglese', 'Francese', 'Spagnolo', 'Tedesco', 'Portoghese', 'Rumeno', 'Albanese', 'Arabo', 'Cinese', 'Ucraino', 'Russo', 'Wolof', 'Bengalese', 'Urdu', 'Tigrino'];

function Empty({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

export function CompetenzeFields({ form }: { form: CandidateForm }) {
  const { experiences, languages } = form.getValues();
  return (
    <Stack>
      <Section title="Istruzione">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <Select label={F.educationLevel.label} placeholder="Scegli…" clearable data={options(EDUCATION_LEVELS, EDUCATION_LEVEL_LABELS)} {...form.getInputProps('educationLevel')} />
          <TextInput label={F.educationTitle.label} placeholder="es. Diploma di ragioneria" style={{ gridColumn: 'span 2' }} {...form.getInputProps('educationTitle')} />
          <NumberField label={F.educationYear.label} placeholder="es. 2004" thousandSeparator={false} {...form.getInputProps('educationYear')} />
        </SimpleGrid>
      </Section>

      <Section title={F.experiences.label} description="Le più recenti per prime. Anche volontariato e lavori non in regola contano: servono a capire cosa sa fare.">
        {experiences.length === 0 && <Empty>Nessuna esperienza inserita.</Empty>}
        {experiences.map((_, index) => (
          <Card key={index} withBorder bg="gray.0">
            <Group align="flex-start" wrap="nowrap">
              <Stack gap="xs" style={{ flex: 1 }}>
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput label="Mansione" withAsterisk placeholder="es. Magazziniere" {...form.getInputProps(`experiences.${index}.role`)} />
                  <TextInput label="Datore di lavoro" {...form.getInputProps(`experiences.${index}.employer`)} />
                  <TextInput label="Periodo" placeholder="es. 2019–2021, 6 mesi" {...form.getInputProps(`experiences.${index}.period`)} />
                </SimpleGrid>
                <Textarea label="Cosa faceva" autosize minRows={1} {...form.getInputProps(`experiences.${index}.description`)} />
              </Stack>
              <ActionIcon variant="subtle" color="red" mt={24} aria-label={`Rimuovi l’esperienza ${index + 1}`} onClick={() => form.removeListItem('experiences', index)}>
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          </Card>
        ))}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('experiences', { ...EMPTY_EXPERIENCE })}>
            Aggiungi esperienza
          </Button>
        </Group>
      </Section>

      <Section title={F.skills.label} description="Scegli tra quelle suggerite quando c’è quella giusta (tra parentesi quanti candidati l’hanno già); altrimenti scrivi e premi Invio.">
        <SkillsInput form={form} />
      </Section>

      <Section title={F.languages.label} description="Livello secondo il Quadro comune europeo (QCER): da A1 (base) a C2 (padronanza).">
        {languages.length === 0 && <Empty>Nessuna lingua inserita.</Empty>}
        {languages.map((_, index) => (
          <Group key={index} align="flex-start" wrap="nowrap">
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }}>
              <Autocomplete label="Lingua" withAsterisk data={COMMON_LANGUAGES} {...form.getInputProps(`languages.${index}.language`)} />
              <Select label="Livello" withAsterisk placeholder="Scegli…" data={options(CEFR_LEVELS, CEFR_LABELS)} {...form.getInputProps(`languages.${index}.level`)} />
            </SimpleGrid>
            <ActionIcon variant="subtle" color="red" mt={24} aria-label={`Rimuovi la lingua ${index + 1}`} onClick={() => form.removeListItem('languages', index)}>
              <IconTrash size={18} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => form.insertListItem('languages', { ...EMPTY_LANGUAGE })}>
            Aggiungi lingua
          </Button>
        </Group>
      </Section>
    </Stack>
  );
}
