/**
 * «Vai al contenuto» (issue 16, WCAG 2.4.1): the first stop of Tab on every page, hidden until it has
 * the focus, so a keyboard user skips the header and the fourteen links of the menu.
 */
import { Button } from '@mantine/core';
import { useState, type RefObject } from 'react';

const HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;
const SHOWN = { position: 'fixed', top: 8, left: 8, zIndex: 1000 } as const;

export function SkipLink({ target }: { target: RefObject<HTMLElement | null> }) {
  const [focused, setFocused] = useState(false);
  return (
    <Button
      component="a"
      // Not followed: the address is the router's (hash routes); the click moves the focus instead.
      href="#contenuto"
      onClick={(e) => {
        e.preventDefault();
        target.current?.focus();
      }}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={focused ? SHOWN : HIDDEN}
    >
      Vai al contenuto
    </Button>
  );
}
