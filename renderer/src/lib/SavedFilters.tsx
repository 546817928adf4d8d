/**
 * Named filters an operator keeps for a list: "Salva filtro" stores the list's current address
 * parameters under a name, the menu puts them back in one click. The list page decides which
 * parameters are filters (not the page number) and how to apply them.
 */
import { ActionIcon, Badge, Button, Group, Modal, Popover, Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { IconBookmark, IconBookmarkPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { FilterArea, SavedFilter } from '@shared/api/saved-filters';
import { api } from '../api/client';
import { useApiQuery } from '../api/query';
import { showApiError, showSaved } from './form-errors';

interface SavedFiltersProps {
  area: FilterArea;
  /** The filters in force now, as they are written in the address. */
  current: Record<string, string>;
  onApply(params: Record<string, string>): void;
}

function sameParams(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** The address parameters that make a saved filter: everything but the page number. */
export function filterParams(params: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  params.forEach((value, key) => {
    if (key !== 'pagina' && value !== '') out[key] = value;
  });
  return out;
}

export function SavedFilters({ area, current, onApply }: SavedFiltersProps) {
  const saved = useApiQuery('savedFilters.list', { area });
  const [menuOpen, setMenuOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nothingToSave = Object.keys(current).length === 0;
  const items = saved.data ?? [];
  const active = items.find((f) => sameParams(f.params, current));

  function openSave() {
    setName(active?.name ?? '');
    setError(null);
    setSaving(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Scrivi un nome, per ritrovare il filtro nel menu');
      return;
    }
    setBusy(true);
    try {
      const filter = await api.call('savedFilters.save', { area, name: name.trim(), params: current });
      showSaved(`Lo ritrovi in «Filtri salvati».`, `Filtro «${filter.name}» salvato`);
      setSaving(false);
    } catch (e) {
      showApiError(e);
    } finally {
      setBusy(false);
    }
  }

  async function remove(filter: SavedFilter) {
    try {
      await api.call('savedFilters.delete', { id: filter.id });
      showSaved(`Il filtro «${filter.name}» non è più nel menu.`, 'Filtro eliminato');
    } catch (e) {
      showApiError(e);
    }
  }

  return (
    <Group gap="xs">
      <Popover opened={menuOpen} onChange={setMenuOpen} position="bottom-end" width={300} shadow="md">
        <Popover.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />} onClick={() => setMenuOpen((o) => !o)} aria-expanded={menuOpen}>
            Filtri salvati{items.length > 0 ? ` (${items.length})` : ''}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          {items.length === 0 ? (
            <Text size="sm" c="dimmed">
              Non hai ancora salvato filtri. Imposta i filtri dell’elenco e premi «Salva filtro».
            </Text>
          ) : (
            <Stack gap={4} role="list" aria-label="Filtri salvati">
              {items.map((f) => (
                <Group key={f.id} justify="space-between" wrap="nowrap" role="listitem">
                  <UnstyledButton
                    onClick={() => {
                      onApply(f.params);
                      setMenuOpen(false);
                    }}
                    aria-label={`Applica il filtro «${f.name}»`}
                    style={{ flex: 1 }}
                  >
                    <Text size="sm" fw={f === active ? 700 : 400} truncate>
                      {f.name}
                    </Text>
                  </UnstyledButton>
                  {f === active && (
                    <Badge size="xs" variant="light">
                      in uso
                    </Badge>
                  )}
                  <Tooltip label="Elimina il filtro">
                    <ActionIcon variant="subtle" color="red" aria-label={`Elimina il filtro «${f.name}»`} onClick={() => void remove(f)}>
                      <IconTrash size={14} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
            </Stack>
          )}
        </Popover.Dropdown>
      </Popover>
      <Tooltip label="Imposta almeno un filtro o una ricerca, poi salvali con un nome" disabled={!nothingToSave}>
        {/* data-disabled, not disabled: a disabled button gets no hover, and the tooltip says why. */}
        <Button
          variant="default"
          leftSection={<IconBookmarkPlus size={16} />}
          onClick={() => !nothingToSave && openSave()}
          data-disabled={nothingToSave || undefined}
          aria-disabled={nothingToSave}
        >
          Salva filtro
        </Button>
      </Tooltip>
      <Modal opened={saving} onClose={() => setSaving(false)} title="Salva i filtri correnti">
        <form onSubmit={(e) => void save(e)}>
          <Stack>
            <TextInput
              label="Nome del filtro"
              description="Se usi un nome già salvato, il filtro viene aggiornato."
              placeholder="Es. Disponibili Torino con patente B"
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              maxLength={60}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setSaving(false)}>
                Annulla
              </Button>
              <Button type="submit" loading={busy}>
                Salva
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Group>
  );
}
