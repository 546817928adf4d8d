/**
 * One desk for a spec: a fresh data folder, the real web host on it, and a browser page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { collectPageErrors } from './browser';
import { startHostProcess, type HostProcess } from './web-host-process';

export interface Desk {
  dataDir: string;
  host: HostProcess;
  page: Page;
  pageErrors: string[];
  /** Stops the host and starts it again on the same data folder. */
  restartHost(): Promise<void>;
  close(): Promise<void>;
}

export async function openDesk(browser: Browser): Promise<Desk> {
  const dataDir = mkdtempSync(join(tmpdir(), 'exar-e2e-'));
  // A context of its own rather than browser.newPage(): axe-core (support/axe.ts) refuses pages made that way.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'it-IT' });
  const page = await context.newPage();
  const desk: Desk = {
    dataDir,
    host: await startHostProcess(dataDir),
    page,
    pageErrors: collectPageErrors(page),
    async restartHost() {
      await desk.host.stop();
      desk.host = await startHostProcess(dataDir);
    },
    async close() {
      await context.close();
      await desk.host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return desk;
}

export async function login(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Nome utente').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  // In: the menu is there and a page's title with it («Oggi», or the page the desk was on before logging in).
  await expect(page.getByRole('navigation', { name: 'Menu principale' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accedi' })).toHaveCount(0);
}
