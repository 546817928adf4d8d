import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

export const ARTIFACTS = join(__dirname, '..', '..', 'artifacts', 'e2e');

/** Keeps a screenshot as a test artifact (tests/artifacts/e2e/NAME.png) to be looked at. */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Transitions finished at once: a dialog is pictured as the desk sees it, not half faded in.
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Collects uncaught errors in the page, which users would see as a broken screen. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The app's main menu (a record's breadcrumb links to its list with the same name). */
export function mainMenu(page: Page) {
  return page.getByRole('navigation', { name: 'Menu principale' });
}
