/**
 * Keyboard-only driving for the stories of issue 16: Tab and Shift+Tab until a control has the
 * focus, then Enter, Space, arrows or typing, never the mouse. A control Tab cannot reach fails
 * the story, naming where the focus went instead.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** How many Tab presses a control may be away: the menu alone has about fifteen stops. */
const MAX_STOPS = 80;

async function hasFocus(target: Locator): Promise<boolean> {
  if ((await target.count()) === 0) return false;
  return target.first().evaluate((el) => el === el.ownerDocument.activeElement || el.contains(el.ownerDocument.activeElement));
}

/** What has the focus, for the failure message. */
async function focused(page: Page): Promise<string> {
  // A string: the tests are type-checked without the DOM library.
  return (await page.evaluate(`(() => {
    const el = document.activeElement;
    if (!el) return 'nothing';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
    return '<' + el.tagName.toLowerCase() + '> ' + name;
  })()`)) as string;
}

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus. */
export async function tabTo(page: Page, target: Locator, { back = false } = {}): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < MAX_STOPS; i++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (i < 40) seen.push(await focused(page));
  }
  if (await hasFocus(target)) return;
  throw new Error(`Tab never reached ${target.toString()}; the focus went through:\n${seen.join('\n')}`);
}

/** Tabs to a text box and types into it, as a person would (what was there is selected first). */
export async function typeInto(page: Page, box: Locator, text: string): Promise<void> {
  await tabTo(page, box);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await expect(box).toHaveValue(text);
}
