/**
 * electron/core-host/ runs in Electron's utility process and, in the tests, in plain Node: it never
 * imports 'electron' (parentPort is reached through `process`), and knows nothing of the hosts
 * around it. Main may import its protocol; it may not import main. (Decision 0020.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..', '..');
const FOLDER = join(ROOT, 'electron', 'core-host');
const FORBIDDEN_FOLDERS = ['electron/main', 'electron/preload', 'electron/web-host', 'renderer'];

function problemsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return ts.preProcessFile(source, true, true).importedFiles.flatMap(({ fileName: spec }) => {
    if (spec === 'electron' || spec.startsWith('electron/')) return [`${spec} (electron)`];
    if (!spec.startsWith('.')) return [];
    const target = relative(ROOT, resolve(dirname(file), spec)).split(sep).join('/');
    return FORBIDDEN_FOLDERS.some((f) => target === f || target.startsWith(`${f}/`)) ? [`${spec} (${target})`] : [];
  });
}

describe('electron/core-host imports', () => {
  it("never imports 'electron', main, the preload, the web host or the renderer", () => {
    const files = readdirSync(FOLDER).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThanOrEqual(4);
    const problems = files.flatMap((name) => problemsOf(join(FOLDER, name)).map((p) => `${name}: ${p}`));
    expect(problems).toEqual([]);
  });
});
