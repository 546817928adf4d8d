/**
 * Where the files the main process needs are, packaged or not. Pure, so the rules (and the one
 * that matters for security: a packaged app never loads a native module from outside its
 * package) are tested without Electron.
 */
import { join } from 'node:path';

export interface RuntimeFacts {
  isPackaged: boolean;
  /** `process.resourcesPath`: beside app.asar in a package. */
  resourcesPath: string;
  /** `app.getAppPath()`: the project root in dev, `…/resources/app.asar` in a package. */
  appPath: string;
  /** Folder of the built main bundle (`out/main`), where `__dirname` points at run time. */
  mainDir: string;
  fileExists(path: string): boolean;
}

export interface RuntimePaths {
  migrationsFolder: string;
  /** better-sqlite3 built for Electron; undefined means "the one better-sqlite3 finds itself". */
  nativeBinding: string | undefined;
  preload: string;
  rendererIndex: string;
  /** The core process's entry, built beside main's bundle (`electron.vite.config.mts`). */
  coreHost: string;
}

/** Written by scripts/start-desktop.mjs; node_modules keeps the Node build that the tests use. */
export const DEV_NATIVE_BINDING = join('.native', 'electron', 'better_sqlite3.node');

export function resolveRuntimePaths(facts: RuntimeFacts): RuntimePaths {
  const outDir = join(facts.mainDir, '..');
  const common = {
    preload: join(outDir, 'preload', 'index.cjs'),
    rendererIndex: join(outDir, 'renderer', 'index.html'),
    coreHost: join(facts.mainDir, 'core-host.js'),
  };
  if (facts.isPackaged) {
    // electron-builder rebuilt better-sqlite3 for Electron inside the package (npmRebuild).
    return { ...common, migrationsFolder: join(facts.resourcesPath, 'migrations'), nativeBinding: undefined };
  }
  const devBinding = join(facts.appPath, DEV_NATIVE_BINDING);
  return {
    ...common,
    migrationsFolder: join(facts.appPath, 'electron', 'core', 'db', 'migrations'),
    nativeBinding: facts.fileExists(devBinding) ? devBinding : undefined,
  };
}
