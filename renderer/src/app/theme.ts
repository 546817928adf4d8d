/**
 * The app's Mantine theme. Colours are made to pass WCAG 2.1 AA once, here, for every use (issue 16,
 * decision 0030): Mantine draws text, filled and light buttons, light badges, links, error text and
 * `c="dimmed"` from shade 6 of a palette, and its default shades 6 are too light for text (blue
 * 3.6:1 on white, gray 3.3:1, green 2.4:1). Each palette's shade 6 is darkened, in its own hue, just
 * enough to be read on white, on the page's gray.0 and on its own light tint; darker shades follow.
 */
import { createTheme, DEFAULT_THEME, type MantineColorsTuple } from '@mantine/core';

type Rgb = [number, number, number];

/** AA for normal-size text, with a little room for anti-aliasing. */
const TEXT_CONTRAST = 4.6;
/** The page's background (AppShell.Main bg="gray.0"), the lightest tint a shade is read on besides white. */
const PAGE = DEFAULT_THEME.colors.gray[0];
/** Mantine's light variant is the shade at 10% (12% when hovered) over the background. */
const LIGHT_TINT = 0.12;

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

function hex(c: Rgb): string {
  return `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `c` laid over `under` at `amount` (0 = under, 1 = c). */
function mix(c: Rgb, under: Rgb, amount: number): Rgb {
  return c.map((v, i) => v * amount + under[i]! * (1 - amount)) as Rgb;
}

const BLACK: Rgb = [0, 0, 0];

/**
 * The lightest colour readable as text wherever Mantine puts it, found walking down the palette's own
 * shades from 6 (then from 9 towards black), so that it keeps the palette's hue and saturation.
 */
function readable(palette: MantineColorsTuple): string {
  const page = rgb(PAGE);
  const path = [...palette.slice(6).map(rgb), BLACK];
  for (let i = 0; i < path.length - 1; i++) {
    for (let step = 0; step < 1; step += 0.05) {
      const c = mix(path[i + 1]!, path[i]!, step);
      if (contrast(c, mix(c, page, LIGHT_TINT)) >= TEXT_CONTRAST) return hex(c);
    }
  }
  return hex(BLACK);
}

/** A palette whose shade 6 is readable, and whose shades 7 to 9 stay darker than the one before. */
function accessible(palette: MantineColorsTuple): MantineColorsTuple {
  const shades = [...palette];
  shades[6] = readable(palette);
  for (let i = 7; i <= 9; i++) {
    const before = rgb(shades[i - 1]!);
    if (luminance(rgb(shades[i]!)) >= luminance(before)) shades[i] = hex(mix(before, BLACK, 0.88));
  }
  return shades as unknown as MantineColorsTuple;
}

// `dark` is the dark scheme's palette, which the app does not use.
const colors = Object.fromEntries(Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, name === 'dark' ? palette : accessible(palette)]));

/** The name every close button (dialogs, notifications, alerts) is read with. */
const CLOSE = { 'aria-label': 'Chiudi' };

export const theme = createTheme({
  // A desk that asks its system for less motion gets dialogs and menus without fades.
  respectReducedMotion: true,
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  colors,
  headings: {
    // The page title is the page's one h1 (issue 16), drawn the size the h2 titles had.
    sizes: { h1: DEFAULT_THEME.headings.sizes.h2 },
  },
  components: {
    TextInput: { defaultProps: { spellCheck: false } },
    CloseButton: { defaultProps: CLOSE },
    Modal: { defaultProps: { closeButtonProps: CLOSE } },
    Drawer: { defaultProps: { closeButtonProps: CLOSE } },
    Notification: { defaultProps: { closeButtonProps: CLOSE } },
  },
});
