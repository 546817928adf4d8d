/**
 * «Oggi» (issue 16): the first screen after login. What is due for the operator's people and
 * files, or a colleague's, or the whole office's, each entry opening the place where it is done;
 * and the moves a desk makes most, one click away. Whose agenda lives in the address, so a
 * coordinator's choice survives a visit to a file and back.
 */
import { Button, Group, Loader, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCalendarMonth, IconChartBar, IconClipboardPlus, IconUserPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/query';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { AgendaCard } from './AgendaCard';
import { YearInNumbers } from './YearInNumbers';

const WEEKDAY = new Intl.DateTimeFormat('it-IT', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

type View = 'mine' | 'office' | 'operator';

function viewOf(params: URLSearchParams): { scope: View; operatorId: string | null } {
  const operatorId = params.get('operatore');
  if (operatorId) return { scope: 'operator', operatorId };
  return { scope: params.get('vista') === 'ufficio' ? 'office' : 'mine', operatorId: null };
}

function QuickActions() {
  const session = useSession();
  return (
    <Group gap="sm">
      {session.can('candidates.write') && (
        <Button component={Link} to="/candidati/nuovo" variant="light" leftSection={<IconUserPlus size={16} />}>
          Nuovo candidato
        </Button>
      )}
      {session.can('internships.write') && (
        <Button component={Link} to="/tirocini/nuovo" variant="light" leftSection={<IconClipboardPlus size={16} />}>
          Nuova pratica
        </Button>
      )}
      {session.can('internships.read') && (
        <Button component={Link} to="/tirocini/registri" variant="light" leftSection={<IconCalendarMonth size={16} />}>
          Registri del mese
        </Button>
      )}
      {/* This year's figures are below the agenda; every chart, filter and the region's file on «Report». */}
      <Button component={Link} to="/report" variant="light" leftSection={<IconChartBar size={16} />}>
        Numeri e grafici
      </Button>
    </Group>
  );
}

export function TodayPage() {
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const view = viewOf(params);
  const agenda = useApiQuery('today.agenda', { scope: view.scope, operatorId: view.operatorId, entries: 5 }, { keepPrevious: true });
  const operators = useApiQuery('candidates.filterOptions', {}, { enabled: session.can('candidates.special') });
  const coordinator = session.can('candidates.special');

  const choose = (next: { vista?: string; operatore?: string }) => setParams(next as Record<string, string>, { replace: true });
  const a = agenda.data;

  return (
    <Stack maw={1200}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Oggi
          </Title>
          <Text size="sm" c="dimmed">
            {a ? `${WEEKDAY.format(new Date(`${a.today}T00:00:00Z`))} · ${a.scopeLabel}` : ' '}
          </Text>
        </div>
        <QuickActions />
      </Group>
      <Group gap="sm">
        <SegmentedControl
          aria-label="Di chi"
          value={view.scope === 'operator' ? 'operator' : view.scope}
          onChange={(v) => choose(v === 'office' ? { vista: 'ufficio' } : v === 'operator' && view.operatorId ? { operatore: view.operatorId } : {})}
          data={[
            { value: 'mine', label: 'Le mie' },
            { value: 'office', label: 'Tutto l’ufficio' },
            ...(coordinator ? [{ value: 'operator', label: 'Un operatore', disabled: !view.operatorId }] : []),
          ]}
        />
        {coordinator && (
          <Select
            aria-label="Operatore"
            placeholder="Agenda di un operatore…"
            searchable
            clearable
            w={260}
            value={view.operatorId}
            onChange={(id) => choose(id ? { operatore: id } : {})}
            data={(operators.data?.operators ?? []).map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        {agenda.loading && <Loader size="xs" aria-label="Aggiornamento dell’agenda" />}
      </Group>
      {agenda.error && <LoadError message={agenda.error} />}
      {a && a.items.length === 0 && (
        <Paper withBorder p="xl">
          <Text fw={500}>Niente in sospeso.</Text>
          <Text size="sm" c="dimmed">
            Nessuna scadenza, firma, presenza o colloquio da seguire {view.scope === 'mine' ? 'per le tue persone e pratiche' : 'in questa agenda'}.
          </Text>
        </Paper>
      )}
      {a && a.items.length > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {a.items.map((item) => (
            <AgendaCard key={item.kind} item={item} today={a.today} />
          ))}
        </SimpleGrid>
      )}
      {!a && !agenda.error && <Loader aria-label="Caricamento dell’agenda" />}
      {/* The same people as the agenda: mine, one operator's, or the office's. */}
      <YearInNumbers operatorId={view.scope === 'mine' ? session.operator.id : view.operatorId} />
    </Stack>
  );
}
