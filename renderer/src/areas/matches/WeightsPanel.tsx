/**
 * The weights of the matching criteria. Everyone sees them (they explain the scores); a
 * coordinator changes them here and the ranking behind is redone at once.
 */
import { Button, Group, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAdjustments } from '@tabler/icons-react';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import { DEFAULT_MATCH_WEIGHTS, MATCH_FACTOR_LABELS, MATCH_FACTORS, matchWeightsSchema, type MatchWeights } from '@shared/api/matches';
import { api } from '../../api/client';
import { useSession } from '../../auth/AuthProvider';
import { showApiError, showSaved } from '../../lib/form-errors';
import { NumberField } from '../../lib/NumberField';

export function WeightsButton({ weights }: { weights: MatchWeights }) {
  const [opened, setOpened] = useState(false);
  const session = useSession();
  const canEdit = session.can('matches.weights');
  return (
    <>
      <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setOpened(true)}>
        {canEdit ? 'Pesi dei criteri' : 'Come si calcola il punteggio'}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={canEdit ? 'Cambia i pesi dei criteri di abbinamento' : 'Come si calcola il punteggio'} size="lg">
        {opened && (
          <WeightsForm
            weights={weights}
            canEdit={canEdit}
            onSaved={() => setOpened(false)}
          />
        )}
      </Modal>
    </>
  );
}

function WeightsForm({ weights, canEdit, onSaved }: { weights: MatchWeights; canEdit: boolean; onSaved(): void }) {
  type WeightValues = MatchWeights & Record<string, unknown>;
  const form = useForm<WeightValues>({ initialValues: { ...weights }, validate: zod4Resolver(matchWeightsSchema) });
  const [busy, setBusy] = useState(false);

  async function save(values: MatchWeights) {
    setBusy(true);
    try {
      await api.call('matches.setWeights', values);
      showSaved('La classifica è stata ricalcolata con i nuovi pesi.', 'Pesi salvati');
      onSaved();
    } catch (e) {
      showApiError(e, form);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={form.onSubmit((v) => void save(v))}>
      <Stack>
        <Text size="sm">
          Ogni criterio che il fabbisogno indica vale i punti scritti qui; il punteggio è la parte ottenuta su 100. I criteri che il
          fabbisogno non indica non contano. {canEdit ? '' : 'Solo un coordinatore può cambiarli.'}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {MATCH_FACTORS.map((f) => (
            <NumberField key={f} label={MATCH_FACTOR_LABELS[f]} readOnly={!canEdit} {...form.getInputProps(f)} />
          ))}
        </SimpleGrid>
        {canEdit && (
          <Group justify="space-between">
            <Button variant="subtle" onClick={() => form.setValues({ ...DEFAULT_MATCH_WEIGHTS })}>
              Ripristina i pesi iniziali
            </Button>
            <Button type="submit" loading={busy}>
              Salva e ricalcola
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
