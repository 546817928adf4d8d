/**
 * `/scambio`: «Scambio dati» with one tab per step (which tabs depends on the office's kind and the
 * operator's role); the status is asked again each time the area is opened.
 */
import { Alert, Badge, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { Outlet, useLocation, useNavigate } from 'react-router';
import type { Permission } from '@shared/api/permissions';
import { LoadError } from '../../app/LoadError';
import { useSession } from '../../auth/AuthProvider';
import { useExchangeStatus } from './status-store';

interface Tab {
  value: string;
  label: string;
  show: boolean;
  badge?: number;
}

export function ExchangeLayout() {
  const session = useSession();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const allowed = session.can('exchange.run');
  const { status, error } = useExchangeStatus(allowed);

  const title = <Title order={1}>Scambio dati</Title>;
  if (!allowed) {
    return (
      <Stack>
        {title}
        <Alert color="gray">Lo scambio dati con l’ufficio regionale è compito dei coordinatori e degli amministratori.</Alert>
      </Stack>
    );
  }
  if (!status) return error ? <LoadError message={error} /> : <Loader />;

  const desk = status.office.kind === 'sportello';
  const can = (p: Permission) => session.can(p);
  const tabs: Tab[] = [
    { value: 'panoramica', label: 'Panoramica', show: true },
    { value: 'esporta', label: 'Esporta', show: desk },
    { value: 'pubblica', label: 'Pubblica', show: !desk && can('exchange.publish') },
    { value: 'importa', label: 'Importa', show: can('exchange.import') },
    { value: 'conflitti', label: 'Conflitti', show: can('exchange.resolve'), badge: status.openConflicts },
    { value: 'doppioni', label: 'Doppioni', show: can('exchange.resolve'), badge: status.proposedDuplicates },
    { value: 'impostazioni', label: 'Impostazioni scambio', show: can('settings.manage') },
  ];
  const current = pathname.split('/')[2] || 'panoramica';
  const shown = tabs.filter((t) => t.show);

  return (
    <Stack maw={1200}>
      <div>
        {title}
        <Text size="sm" c="dimmed" maw={820}>
          {desk
            ? 'Gli sportelli lavorano anche senza rete: ogni tanto si invia all’ufficio regionale un file cifrato con i dati dello sportello, e da esso si ricevono regole, modelli Word, elenco dei comitati AICS e anagrafica delle associazioni.'
            : 'L’ufficio regionale riceve i file cifrati degli sportelli e li riunisce; risolve conflitti e doppioni; pubblica per gli sportelli regole, modelli Word, elenco dei comitati AICS e anagrafica delle associazioni.'}
        </Text>
      </div>
      <Tabs value={current} onChange={(v) => void navigate(v && v !== 'panoramica' ? `/scambio/${v}` : '/scambio')}>
        <Tabs.List>
          {shown.map((t) => (
            <Tabs.Tab
              key={t.value}
              value={t.value}
              rightSection={
                t.badge ? (
                  <Badge size="xs" color="orange" circle aria-hidden>
                    {t.badge}
                  </Badge>
                ) : undefined
              }
            >
              {t.label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {/* A panel for every tab, the step's page in the one shown: each tab's aria-controls must name a panel (axe, issue 16). */}
        {shown.map((t) => (
          <Tabs.Panel key={t.value} value={t.value} pt="md">
            {t.value === current && <Outlet />}
          </Tabs.Panel>
        ))}
      </Tabs>
      {/* An address no tab stands for (a step this role does not see) still shows its page. */}
      {!shown.some((t) => t.value === current) && <Outlet />}
    </Stack>
  );
}
