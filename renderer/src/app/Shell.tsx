/** The frame around every page: areas on the left, office and operator on top. */
import { AppShell, Badge, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { IconArrowsExchange, IconBriefcase, IconChartBar, IconSun, IconBuildingCommunity, IconCalendarEvent, IconChevronDown, IconClipboardList, IconDatabaseExport, IconHistory, IconHourglass, IconKey, IconLogout, IconScale, IconSchool, IconSettings, IconSitemap, IconUserSearch, IconUsers } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { OFFICE_KIND_LABELS } from '@shared/api/settings';
import { ROLE_LABELS } from '@shared/api/permissions';
import { useAuth, useSession } from '../auth/AuthProvider';
import { LockScreen } from '../auth/LockScreen';
import { useIdleLock } from '../auth/useIdleLock';
import { ChangePasswordDialog } from '../areas/operators/ChangePasswordDialog';
import { useExchangeStatus, waitingCount } from '../areas/exchange/status-store';
import { useApiQuery } from '../api/query';
import { useFocusPageTitle } from './page-focus';
import { SkipLink } from './SkipLink';
import { GlobalSearch } from './keyboard/GlobalSearch';
import { KeyboardShortcuts } from './keyboard/KeyboardShortcuts';

export function Shell() {
  const { logout, lock } = useAuth();
  const session = useSession();
  const location = useLocation();
  const [changingPassword, setChangingPassword] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useFocusPageTitle(mainRef, location.pathname);
  useIdleLock(session.idleLockMinutes, session.locked, lock);
  // What waits for a decision in «Scambio dati»: asked when the menu appears, and again after every write.
  const canExchange = session.can('exchange.run');
  const waiting = waitingCount(useExchangeStatus(canExchange).status);
  // Who is past the retention periods (decision 0027): for the roles that may anonymise, refreshed after every write.
  const canReview = session.can('candidates.delete');
  const due = useApiQuery('privacy.review', { page: 1, pageSize: 1 }, { enabled: canReview }).data?.total ?? 0;

  // What is due on «Oggi» for the operator's own people and files (issue 16), refreshed after every write.
  const agenda = useApiQuery('today.agenda', { scope: 'mine', operatorId: null, entries: 1 }, { enabled: session.can('candidates.read') }).data;
  const dueToday = agenda?.items.reduce((sum, i) => sum + i.count, 0) ?? 0;

  const links = [
    { to: '/oggi', label: 'Oggi', icon: IconSun, show: session.can('candidates.read'), badge: dueToday, badgeTitle: 'da fare' },
    { to: '/associazioni', label: 'Associazioni', icon: IconBuildingCommunity, show: session.can('associations.read') },
    { to: '/candidati', label: 'Candidati', icon: IconUserSearch, show: session.can('candidates.read') },
    { to: '/fabbisogni', label: 'Fabbisogni', icon: IconClipboardList, show: session.can('needs.read') },
    { to: '/tirocini', label: 'Tirocini', icon: IconSchool, show: session.can('internships.read') },
    { to: '/report', label: 'Report', icon: IconChartBar, show: session.can('candidates.read') },
    { to: '/scambio', label: 'Scambio dati', icon: IconArrowsExchange, show: canExchange, badge: waiting, badgeTitle: 'da decidere' },
    { to: '/operatori', label: 'Operatori', icon: IconUsers, show: session.can('operators.manage') },
    { to: '/impostazioni', label: 'Impostazioni', icon: IconSettings, show: session.can('settings.manage') },
    { to: '/impostazioni/regole', label: 'Regole regionali', icon: IconScale, show: session.can('internships.read') },
    { to: '/impostazioni/comitati', label: 'Comitati AICS', icon: IconSitemap, show: session.can('associations.read') },
    { to: '/impostazioni/professioni', label: 'Professioni ISTAT', icon: IconBriefcase, show: session.can('rules.manage') },
    { to: '/impostazioni/feste-patronali', label: 'Feste patronali', icon: IconCalendarEvent, show: session.can('internships.read') },
    { to: '/impostazioni/copie-di-sicurezza', label: 'Copie di sicurezza', icon: IconDatabaseExport, show: session.can('settings.manage') },
    { to: '/impostazioni/registro-accessi', label: 'Registro accessi', icon: IconHistory, show: session.can('audit.view') },
    { to: '/impostazioni/da-rivedere', label: 'Dati da rivedere', icon: IconHourglass, show: canReview, badge: due, badgeTitle: 'da rivedere' },
  ];
  // The longest link the address starts with is the active one («Regole regionali» inside «Impostazioni»).
  const activeLink = links
    .filter((l) => location.pathname === l.to || location.pathname.startsWith(`${l.to}/`))
    .reduce<string | null>((best, l) => (best === null || l.to.length > best.length ? l.to : best), null);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <SkipLink target={mainRef} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs">
            <Text fw={700} c="blue.8">
              Exar · Sportello tirocini
            </Text>
            <Badge variant="light">{session.office.name}</Badge>
            <Text size="xs" c="dimmed">
              {OFFICE_KIND_LABELS[session.office.kind]} {session.office.code}
            </Text>
          </Group>
          <Menu position="bottom-end">
            <Menu.Target>
              {/* The name read starts with what the button shows (WCAG 2.5.3), then says what it opens. */}
              <UnstyledButton aria-label={`${session.operator.fullName}, ${ROLE_LABELS[session.operator.role]}: menu utente`}>
                <Group gap={6}>
                  <div style={{ textAlign: 'right' }}>
                    <Text size="sm" fw={500}>
                      {session.operator.fullName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {ROLE_LABELS[session.operator.role]}
                    </Text>
                  </div>
                  <IconChevronDown size={14} />
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconKey size={14} />} onClick={() => setChangingPassword(true)}>
                Cambia password
              </Menu.Item>
              <Menu.Item leftSection={<IconLogout size={14} />} onClick={() => void logout()}>
                Esci
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Menu principale">
        {links
          .filter((l) => l.show)
          .map((l) => (
            <NavLink
              key={l.to}
              component={RouterLink}
              to={l.to}
              label={l.label}
              leftSection={<l.icon size={18} />}
              rightSection={
                l.badge ? (
                  <Badge size="sm" color="orange" circle={l.badge < 100} title={`${l.badge} ${l.badgeTitle ?? ''}`.trim()}>
                    {l.badge}
                  </Badge>
                ) : undefined
              }
              active={activeLink === l.to}
              // A plain link: react-router's NavLink would also mark «Impostazioni» on each of its sub-pages.
              aria-current={activeLink === l.to ? 'page' : undefined}
            />
          ))}
      </AppShell.Navbar>
      {/* tabIndex -1: the skip link and the page change may focus it, Tab never stops on it. */}
      <AppShell.Main bg="gray.0" id="contenuto" ref={mainRef} tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </AppShell.Main>
      <GlobalSearch />
      <KeyboardShortcuts />
      <ChangePasswordDialog opened={changingPassword} onClose={() => setChangingPassword(false)} />
      {session.locked && <LockScreen />}
    </AppShell>
  );
}
