/**
 * The internship file form, for a new file (prefilled by the caller) and for changes to a draft.
 * A failed save keeps every typed value and marks the fields; a change saved meanwhile by someone
 * else can be taken in without losing what was typed here; the regional rules are checked live.
 */
import { CurrentVersionTakenAlert, NotSavedAlert } from '../../../lib/SaveConflictAlerts';
import { Button, Flex, Group, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useRef, useState } from 'react';
import { ApiCallError, type ApiError } from '../../../../../shared/api/errors';
import { INSURER_LABELS, INSURERS, INTERNSHIP_TYPE_LABELS, internshipFields, type Internship, type InternshipInput, type InternshipType } from '../../../../../shared/api/internships';
import { api } from '../../../api/client';
import { DateField } from '../../../lib/DateField';
import { showApiError, showSaved } from '../../../lib/form-errors';
import { takeTheirVersion } from '../../../lib/three-way-merge';
import { UnsavedChangesModal } from '../../../lib/UnsavedChangesModal';
import { useUnsavedChangesGuard } from '../../../lib/useUnsavedChangesGuard';
import { useFocusFirstError } from '../../../lib/useFocusFirstError';
import { Section } from '../../candidates/form/Section';
import { DeclarationsFields } from './DeclarationsFields';
import { FindingsAside } from './FindingsAside';
import { FundingFields } from './FundingFields';
import { internshipToFormValues, toFormErrors, toFormValues, toInternshipInput, type InternshipFormValues } from './form-values';
import { LiveFindings } from './LiveFindings';
import { PartiesFields } from './PartiesFields';
import { ProfessionFields } from './ProfessionFields';
import { ScheduleTable } from './ScheduleTable';
import { NumberField } from '../../../lib/NumberField';

// The same schema the core parses with, so the form and the save never disagree.
const resolveInternship = zod4Resolver(internshipFields);

function validateInternship(values: InternshipFormValues): Record<string, string> {
  return toFormErrors(resolveInternship(toInternshipInput(values)));
}

const TYPE_OPTIONS = (Object.keys(INTERNSHIP_TYPE_LABELS) as InternshipType[]).map((value) => ({ value, label: INTERNSHIP_TYPE_LABELS[value] }));

interface InternshipFormProps {
  /** What the form starts from: the saved file, or a new file prefilled by the caller. */
  initial: InternshipInput;
  /** The saved file, when editing: its version is the one the changes apply to. */
  internship?: Internship;
  /** Called once the file is saved (created or changed). */
  onSaved(file: Internship): void;
  /** Names of the parties already chosen by the page that opened a new file. */
  known?: { candidateName?: string | null; associationName?: string | null };
}

export function InternshipForm({ initial, internship, onSaved, known }: InternshipFormProps) {
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [taken, setTaken] = useState(false);
  const leaving = useRef(false);
  // The version the operator's changes apply to; moves forward when they take in someone else's save,
  // and after a first save of a new file (so a second save changes it rather than creating another).
  const [base, setBase] = useState<Internship | null>(internship ?? null);
  const form = useForm<InternshipFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(initial),
    validate: validateInternship,
    validateInputOnBlur: true,
  });
  const blocker = useUnsavedChangesGuard(() => form.isDirty() && !leaving.current);
  const { formRef, focusFirstError } = useFocusFirstError();
  const values = form.getValues();
  const input = toInternshipInput(values);

  async function save(v: InternshipFormValues) {
    setSaving(true);
    setConflict(null);
    const data = toInternshipInput(v);
    try {
      const saved = base ? await api.call('internships.update', { id: base.id, hlc: base.hlc, data }) : await api.call('internships.create', data);
      leaving.current = true;
      setBase(saved);
      form.resetDirty();
      showSaved(`Pratica ${saved.number} salvata.`);
      onSaved(saved);
    } catch (error) {
      showApiError(error, { setErrors: (errors) => form.setErrors(toFormErrors(errors)) });
      focusFirstError();
      if (error instanceof ApiCallError && error.error.code === 'CONFLICT') setConflict(error.error);
    } finally {
      setSaving(false);
    }
  }

  /** Takes in the version saved meanwhile: their change wins only where nothing was typed here. */
  async function takeCurrentVersion() {
    if (!base) return;
    try {
      const current = await api.call('internships.get', { id: base.id });
      takeTheirVersion(form, internshipToFormValues(base), internshipToFormValues(current));
      setBase(current);
      setConflict(null);
      setTaken(true);
    } catch (error) {
      showApiError(error);
    }
  }

  return (
    // The form beside its live findings (FindingsAside): they stay in view while the form scrolls.
    <Flex direction={{ base: 'column-reverse', md: 'row' }} align={{ base: 'stretch', md: 'flex-start' }} gap="lg">
      <form
        ref={formRef}
        style={{ flex: 1, minWidth: 0, maxWidth: 1000 }}
        noValidate
        onSubmit={form.onSubmit(
          (v) => void save(v),
          () => {
            showApiError(null, undefined, 'Alcuni dati non sono validi: controlla i campi evidenziati in rosso.');
            focusFirstError();
          },
        )}
      >
        <Stack>
          <div>
            <Title order={2}>{base ? `Modifica la pratica ${base.number}` : 'Nuova pratica di tirocinio'}</Title>
            <Text size="sm" c="dimmed">
              I campi con * sono obbligatori già in bozza; gli altri servono per mandare la pratica in firma.
            </Text>
          </div>

          {conflict && <NotSavedAlert conflict={conflict} onTakeCurrent={() => void takeCurrentVersion()} />}
          {taken && <CurrentVersionTakenAlert onClose={() => setTaken(false)} />}

          <Section title="Parti">
            <PartiesFields form={form} base={base} known={known} />
          </Section>

          <Section title="Tutor dell’ospitante">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label="Nome e cognome" {...form.getInputProps('hostTutorName')} />
              <TextInput label="Codice fiscale" maxLength={16} styles={{ input: { textTransform: 'uppercase' } }} {...form.getInputProps('hostTutorTaxCode')} />
              <TextInput label="Ruolo nell’associazione" {...form.getInputProps('hostTutorRole')} />
              <NumberField label="Anni di esperienza" {...form.getInputProps('hostTutorYears')} />
            </SimpleGrid>
          </Section>

          <Section title="Tipo">
            <Select label="Tipo di tirocinio" withAsterisk data={TYPE_OPTIONS} maw={480} {...form.getInputProps('type')} />
          </Section>

          <Section title="Date">
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={480}>
              <DateField label="Data di inizio" {...form.getInputProps('startDate')} />
              <DateField label="Data di fine prevista" {...form.getInputProps('plannedEndDate')} />
            </SimpleGrid>
          </Section>

          <Section title="Orario" description="Ore per giorno (fino a 12, anche con decimali: 7,5) e fascia oraria in parole.">
            <ScheduleTable form={form} />
          </Section>

          <Section title="Indennità e finanziamento">
            <FundingFields form={form} />
          </Section>

          <Section title="Dichiarazioni e Portale Tirocini">
            <DeclarationsFields form={form} />
          </Section>

          <Section title="Assicurazioni">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Chi assicura il tirocinante"
                description="INAIL e responsabilità civile, come dice la convenzione"
                allowDeselect={false}
                data={INSURERS.map((v) => ({ value: v, label: INSURER_LABELS[v] }))}
                {...form.getInputProps('insurer')}
              />
              <div />
              <TextInput label="Posizione INAIL" {...form.getInputProps('inailPosition')} />
              <TextInput label="Polizza di responsabilità civile" {...form.getInputProps('liabilityPolicy')} />
            </SimpleGrid>
          </Section>

          <Section title="Progetto formativo">
            <Textarea label="Obiettivi" autosize minRows={2} {...form.getInputProps('goals')} />
            <Textarea label="Attività" autosize minRows={2} {...form.getInputProps('activities')} />
            <TagsInput
              label="Competenze da acquisire"
              description="Scrivi una competenza e premi Invio"
              clearable
              {...form.getInputProps('skillsToAcquire')}
            />
            <ProfessionFields form={form} />
            <TextInput label="Riferimento all’Atlante del lavoro" maw={480} {...form.getInputProps('atlanteRef')} />
            <Textarea label="Formazione sulla sicurezza" autosize minRows={2} {...form.getInputProps('safetyTraining')} />
          </Section>

          <Section title="Note">
            <Textarea aria-label="Note" autosize minRows={2} {...form.getInputProps('notes')} />
          </Section>

          <Group>
            <Button type="submit" loading={saving}>
              Salva la pratica
            </Button>
          </Group>
        </Stack>
        <UnsavedChangesModal blocker={blocker} />
      </form>
      <FindingsAside>
        <LiveFindings id={base?.id ?? null} input={input} initial={internship?.findings} />
      </FindingsAside>
    </Flex>
  );
}
