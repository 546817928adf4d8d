/**
 * axe-core in the browser suite (issue 16, WCAG 2.1 AA): a page or an open dialog is checked
 * against the A and AA rules, and only critical and serious findings fail, printed so that the
 * failing element can be found without opening the trace.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const BLOCKING = new Set(['critical', 'serious']);

export interface Finding {
  where: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Everything found in a run, for the summary printed at the end (counts by rule). */
export const findings: Finding[] = [];

function describe(f: Finding): string {
  return `  [${f.impact}] ${f.rule}: ${f.help}\n${f.targets.map((t) => `      at ${t}`).join('\n')}`;
}

/** Runs axe on the page as it is now; a soft failure per critical or serious violation, so one run lists them all. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const blocking: Finding[] = results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => ({
      where,
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.slice(0, 6).map((n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 220)}` : ''}`),
    }));
  findings.push(...blocking);
  expect.soft(blocking.length, `${where}: axe violations\n${blocking.map(describe).join('\n')}`).toBe(0);
}

/** Counts by rule of what the run found, one line each. */
export function summary(): string {
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return [...byRule].map(([rule, n]) => `${rule}: ${n}`).join('\n') || 'nessuna violazione';
}

/**
 * Every path of renderer/src/app/router.tsx, children joined to their parent's path ('scambio/esporta'),
 * read from the file itself so that a page added to the router and not to the test fails the test.
 */
export function routerPaths(): string[] {
  const source = readFileSync(join(__dirname, '..', '..', '..', 'renderer', 'src', 'app', 'router.tsx'), 'utf8');
  const paths: string[] = [];
  const prefixes: string[] = [];
  const brackets: boolean[] = [];
  let lastPath = '';
  for (const m of source.matchAll(/path:\s*'([^']*)'|children:\s*\[|\[|\]/g)) {
    const token = m[0];
    if (m[1] !== undefined) {
      lastPath = m[1];
      paths.push([...prefixes, lastPath].filter(Boolean).join('/'));
    } else if (token.startsWith('children')) {
      brackets.push(true);
      prefixes.push(lastPath);
      lastPath = '';
    } else if (token === '[') {
      brackets.push(false);
    } else if (brackets.pop()) {
      prefixes.pop();
    }
  }
  return paths;
}
