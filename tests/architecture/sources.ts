/**
 * Reading the project's own sources for the architecture checks: which files ship, and what each
 * imports, with TypeScript's own pre-processor (static, dynamic, require, re-exports). Test files
 * (*.test.*, *.spec.*) and build configs (*.config.*) are not shipped and are not read.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

export const ROOT = resolve(__dirname, '..', '..');
const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
export const TEST_FILE = /\.(test|spec|e2e)\.[cm]?[jt]sx?$/;
/** Build tool configuration (e.g. vite.renderer.config.mts) runs in Node at build time, not in the app. */
const CONFIG_FILE = /\.config\.[cm]?[jt]s$/;

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, m.split('/')[0]!]));

export function isNodeBuiltin(spec: string): boolean {
  return spec.startsWith('node:') || NODE_BUILTINS.has(spec) || NODE_BUILTINS.has(spec.split('/')[0]!);
}

export function isPackage(spec: string, name: string): boolean {
  return spec === name || spec.startsWith(`${name}/`);
}

/** `@shared/…` is `shared/…` (tsconfig.base.json paths, the bundlers' alias). */
const SHARED_ALIAS = '@shared/';

/** Project path (relative to the root, with '/') that a relative or aliased import lands in, or null. */
export function targetOf(file: string, spec: string): string | null {
  if (spec.startsWith(SHARED_ALIAS)) return `shared/${spec.slice(SHARED_ALIAS.length)}`;
  if (!spec.startsWith('.') && !spec.startsWith('/')) return null;
  const abs = resolve(dirname(join(ROOT, file)), spec);
  return relative(ROOT, abs).split(sep).join('/');
}

export function inside(path: string | null, folder: string): boolean {
  return path !== null && (path === folder || path.startsWith(`${folder}/`));
}

export function importsOf(source: string): string[] {
  const info = ts.preProcessFile(source, true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/** The sources under a folder; `tests: true` adds the test files (unit, integration, e2e) too. */
export function sourceFiles(folder: string, options: { tests?: boolean } = {}): string[] {
  const abs = join(ROOT, folder);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE.test(name) && (options.tests === true || !TEST_FILE.test(name)) && !CONFIG_FILE.test(name)) out.push(relative(ROOT, full).split(sep).join('/'));
    }
  };
  walk(abs);
  return out;
}

