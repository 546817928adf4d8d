/**
 * Where the live findings sit while the file's form is edited: a column beside the form that
 * stays in view as the form scrolls (sticky under the app's header), so the operator sees a rule
 * turn red or clear while typing the field far below. On a narrow window the column goes above the
 * form and stays pinned there, shorter, with its own scroll.
 */
import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/** Below the 56 px header, with the page's own padding. */
const TOP = 'calc(var(--app-shell-header-height, 56px) + var(--mantine-spacing-md))';

export function FindingsAside({ children }: { children: ReactNode }) {
  return (
    <Box
      component="aside"
      aria-label="Verifiche delle regole"
      data-testid="findings-aside"
      pos="sticky"
      top={TOP}
      w={{ base: '100%', md: 340 }}
      mah={{ base: '35vh', md: `calc(100vh - ${TOP} - var(--mantine-spacing-md))` }}
      style={{ flexShrink: 0, overflowY: 'auto', zIndex: 2 }}
    >
      {children}
    </Box>
  );
}
