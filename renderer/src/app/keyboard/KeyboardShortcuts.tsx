/**
 * The keyboard shortcuts of shortcuts.ts, acted on from anywhere in the app, and the «?» window
 * that lists them. They act on what the page already offers (its form, its search box, its tabs),
 * found in the page's main region, so a page needs nothing of its own to take part.
 */
import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useSession } from '../../auth/AuthProvider';
import { NEW_RECORD, SHORTCUTS, shortcutOf } from './shortcuts';

function inField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The page's main region: the shortcuts never reach into a dialog or the menu. */
const main = () => document.getElementById('contenuto') ?? document.querySelector('main');

/** The form of the dialog on top, else the page's: what «Salva» would submit there. */
function saveForm(): void {
  const dialogs = document.querySelectorAll('[role="dialog"][aria-modal="true"]');
  const scope = dialogs.length > 0 ? dialogs[dialogs.length - 1] : main();
  scope?.querySelector('form')?.requestSubmit();
}

function focusListSearch(): boolean {
  const box = main()?.querySelector<HTMLInputElement>('input[data-list-search]');
  box?.focus();
  box?.select();
  return Boolean(box);
}

function moveTab(step: 1 | -1): boolean {
  const tabs = [...(main()?.querySelector('[role="tablist"]')?.querySelectorAll<HTMLElement>('[role="tab"]:not([disabled])') ?? [])];
  if (tabs.length === 0) return false;
  const current = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
  const next = tabs[(current + step + tabs.length) % tabs.length]!;
  next.click();
  next.focus();
  return true;
}

export function ShortcutsHelp({ opened, onClose }: { opened: boolean; onClose(): void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Scorciatoie da tastiera" size="lg" closeButtonProps={{ 'aria-label': 'Chiudi' }}>
      <Table>
        <Table.Tbody>
          {SHORTCUTS.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td w={140}>
                <Group gap={4} wrap="nowrap">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' + '}
                      <Kbd>{k}</Kbd>
                    </span>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{s.what}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text size="sm" c="dimmed" mt="sm">
        Su un Mac, Cmd al posto di Ctrl. Tab e Maiusc+Tab passano da un comando all’altro, Invio li attiva, Esc chiude una finestra.
      </Text>
    </Modal>
  );
}

export function KeyboardShortcuts() {
  const [help, setHelp] = useState(false);
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const session = useSession();

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat) return;
      const id = shortcutOf(e);
      if (!id || id === 'search') return;
      const shortcut = SHORTCUTS.find((s) => s.id === id)!;
      // A dialog open (the lock screen, a confirmation) keeps its own keys.
      if (document.querySelector('[role="dialog"][aria-modal="true"]') && id !== 'save') return;
      if (!shortcut.inFields && inField(e.target)) return;
      let handled = true;
      if (id === 'save') saveForm();
      else if (id === 'help') setHelp(true);
      else if (id === 'listSearch') handled = focusListSearch();
      else if (id === 'nextTab' || id === 'previousTab') handled = moveTab(id === 'nextTab' ? 1 : -1);
      else if (id === 'new') {
        const target = NEW_RECORD.find((r) => pathname === r.prefix || pathname.startsWith(`${r.prefix}/`));
        if (target && session.can(target.permission)) navigate(target.to);
        else handled = false;
      }
      // Ctrl+S is the browser's «save page» otherwise: taken even where there is no form.
      if (handled || id === 'save') e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate, pathname, session]);

  return <ShortcutsHelp opened={help} onClose={() => setHelp(false)} />;
}
