/**
 * The folder rules of ARCHITECTURE.md, checked on the real sources:
 * - renderer/ runs in a sandboxed page: no Node, no Electron, no database, nothing from electron/;
 * - electron/core/ is plain Node: never 'electron' (and nothing from the hosts or the renderer);
 * - shared/ runs in the browser too: no Node built-ins, nothing from electron/ or renderer/.
 * Imports are read with TypeScript's own pre-processor (static, dynamic, require, re-exports).
 * Test files (*.test.*, *.spec.*) and build configs (*.config.*) are not shipped and are not checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, inside, isNodeBuiltin, isPackage, ROOT, sourceFiles, targetOf } from './sources';

type Rule = (file: string, spec: string) => string | null;

const rendererRule: Rule = (file, spec) => {
  if (isNodeBuiltin(spec)) return 'a Node built-in';
  if (isPackage(spec, 'electron')) return 'electron';
  if (isPackage(spec, 'better-sqlite3')) return 'the database driver';
  if (isPackage(spec, 'drizzle-orm')) return 'the database layer';
  if (inside(targetOf(file, spec), 'electron')) return 'code under electron/';
  return null;
};

const coreRule: Rule = (file, spec) => {
  if (isPackage(spec, 'electron')) return 'electron';
  const target = targetOf(file, spec);
  if (inside(target, 'renderer')) return 'code under renderer/';
  for (const host of ['electron/main', 'electron/preload', 'electron/web-host']) {
    if (inside(target, host)) return `code under ${host}/`;
  }
  return null;
};

const sharedRule: Rule = (file, spec) => {
  if (isNodeBuiltin(spec)) return 'a Node built-in';
  if (isPackage(spec, 'electron')) return 'electron';
  if (isPackage(spec, 'better-sqlite3')) return 'the database driver';
  const target = targetOf(file, spec);
  if (inside(target, 'electron')) return 'code under electron/';
  if (inside(target, 'renderer')) return 'code under renderer/';
  return null;
};

/** `file` is relative to the project root, with '/'. */
export function violations(file: string, source: string, rule: Rule): string[] {
  return importsOf(source)
    .map((spec) => {
      const why = rule(file, spec);
      return why ? `${file} imports '${spec}' (${why})` : null;
    })
    .filter((v): v is string => v !== null);
}

function check(folder: string, rule: Rule): { files: number; problems: string[] } {
  const files = sourceFiles(folder);
  const problems = files.flatMap((f) => violations(f, readFileSync(join(ROOT, f), 'utf8'), rule));
  return { files: files.length, problems };
}

describe('folder import rules', () => {
  it('renderer/ imports no Node, no Electron, no database and nothing from electron/ (skipped if absent)', () => {
    const { problems } = check('renderer', rendererRule);
    expect(problems).toEqual([]);
  });

  it("electron/core/ never imports 'electron' (nor the hosts or the renderer)", () => {
    const { files, problems } = check('electron/core', coreRule);
    expect(files).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('shared/ imports no Node built-ins and nothing from electron/ or renderer/', () => {
    const { files, problems } = check('shared', sharedRule);
    expect(files).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });
});

describe('one way to reach shared/', () => {
  it('outside shared/, shared/ is imported through the @shared alias, never by climbing folders', () => {
    const climbing = ['renderer', 'electron', 'tests', 'scripts'].flatMap((folder) =>
      sourceFiles(folder, { tests: true }).flatMap((file) =>
        importsOf(readFileSync(join(ROOT, file), 'utf8'))
          .filter((spec) => spec.startsWith('.') && inside(targetOf(file, spec), 'shared'))
          .map((spec) => `${file} imports '${spec}'`),
      ),
    );
    expect(climbing).toEqual([]);
  });
});

describe('the checker itself catches what it should', () => {
  const r = (source: string, file = 'renderer/src/pages/Page.tsx') => violations(file, source, rendererRule);
  const c = (source: string, file = 'electron/core/services/x.ts') => violations(file, source, coreRule);
  const s = (source: string, file = 'shared/api/x.ts') => violations(file, source, sharedRule);

  it('reads static, type-only, side-effect, re-export, dynamic and require imports', () => {
    expect(
      importsOf(
        [
          "import fs from 'fs';",
          "import type { X } from 'a';",
          "import 'b';",
          "export { y } from 'c';",
          "export * from 'd';",
          "const e = await import('e');",
          "const f = require('f');",
          "import {\n  g,\n  h,\n} from 'g';",
        ].join('\n'),
      ),
    ).toEqual(['fs', 'a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('flags Node, Electron, the database and electron/ paths in the renderer', () => {
    expect(r("import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(r("import fs from 'fs';")).toHaveLength(1);
    expect(r("import { promises } from 'fs/promises';")).toHaveLength(1);
    expect(r("import path from 'path';")).toHaveLength(1);
    expect(r("import os from 'os';")).toHaveLength(1);
    expect(r("import { spawn } from 'child_process';")).toHaveLength(1);
    expect(r("import Database from 'better-sqlite3';")).toHaveLength(1);
    expect(r("import { ipcRenderer } from 'electron';")).toHaveLength(1);
    expect(r("import { listAssociations } from '../../../electron/core/services/associations/list';")).toHaveLength(1);
    expect(r("const m = await import('../../../electron/core/core');")).toHaveLength(1);
  });

  it('lets the renderer import shared/, its own files and browser packages', () => {
    expect(r("import { contract } from '@shared/api/contract';")).toEqual([]);
    expect(r("import { Button } from '@mantine/core';\nimport { z } from 'zod';\nimport { api } from '../api/client';")).toEqual([]);
    // A renderer folder merely named like a Node module is fine.
    expect(r("import { x } from './path';")).toEqual([]);
  });

  it("flags 'electron' in the core, but not Node", () => {
    expect(c("import { app } from 'electron';")).toHaveLength(1);
    expect(c("import { BrowserWindow } from 'electron/main';")).toHaveLength(1);
    expect(c("import { x } from '../../main/window';")).toHaveLength(1);
    expect(c("import { join } from 'node:path';\nimport Database from 'better-sqlite3';\nimport { z } from '@shared/api/contract';")).toEqual(
      [],
    );
  });

  it('flags Node built-ins and app folders in shared/', () => {
    expect(s("import { createHash } from 'node:crypto';")).toHaveLength(1);
    expect(s("import { createHash } from 'crypto';")).toHaveLength(1);
    expect(s("import { Buffer } from 'buffer';")).toHaveLength(1);
    expect(s("import { openDatabase } from '../../electron/core/db/connection';")).toHaveLength(1);
    expect(s("import { App } from '../../renderer/src/app/App';")).toHaveLength(1);
    expect(s("import { z } from 'zod';\nimport { isProvince } from '../validation/provinces';")).toEqual([]);
  });
});
