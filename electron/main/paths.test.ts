import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_NATIVE_BINDING, resolveRuntimePaths, type RuntimeFacts } from './paths';

const everyFileExists = () => true;
const noFileExists = () => false;

function facts(overrides: Partial<RuntimeFacts>): RuntimeFacts {
  return {
    isPackaged: false,
    resourcesPath: '/unused/resources',
    appPath: '/repo',
    mainDir: '/repo/out/main',
    fileExists: noFileExists,
    ...overrides,
  };
}

describe('resolveRuntimePaths', () => {
  it('uses the migrations shipped beside app.asar when packaged', () => {
    const paths = resolveRuntimePaths(
      facts({
        isPackaged: true,
        resourcesPath: 'C:\\Program Files\\Exar\\resources',
        appPath: 'C:\\Program Files\\Exar\\resources\\app.asar',
        mainDir: 'C:\\Program Files\\Exar\\resources\\app.asar\\out\\main',
      }),
    );
    expect(paths.migrationsFolder).toBe(join('C:\\Program Files\\Exar\\resources', 'migrations'));
  });

  it('never loads a native module from outside the package, even if one was planted there', () => {
    const paths = resolveRuntimePaths(facts({ isPackaged: true, fileExists: everyFileExists }));
    expect(paths.nativeBinding).toBeUndefined();
  });

  it('uses the source migrations in dev', () => {
    expect(resolveRuntimePaths(facts({})).migrationsFolder).toBe(join('/repo', 'electron', 'core', 'db', 'migrations'));
  });

  it('passes the Electron build of better-sqlite3 in dev when start-desktop made one', () => {
    const seen: string[] = [];
    const paths = resolveRuntimePaths(
      facts({
        fileExists: (path) => {
          seen.push(path);
          return true;
        },
      }),
    );
    expect(paths.nativeBinding).toBe(join('/repo', DEV_NATIVE_BINDING));
    expect(seen).toEqual([join('/repo', DEV_NATIVE_BINDING)]);
  });

  it('falls back to node_modules when there is no Electron build', () => {
    expect(resolveRuntimePaths(facts({})).nativeBinding).toBeUndefined();
  });

  it.each([
    ['spaces', '/home/m rossi/exar desk'],
    ['accents', '/home/niccolò/scrivania/sportello'],
    ['dots', '/home/x/../x/./repo'],
  ])('keeps an app path with %s intact', (_label, appPath) => {
    const paths = resolveRuntimePaths(facts({ appPath, fileExists: everyFileExists }));
    expect(paths.nativeBinding).toBe(join(appPath, DEV_NATIVE_BINDING));
    expect(paths.migrationsFolder).toBe(join(appPath, 'electron/core/db/migrations'));
  });

  it('finds preload, renderer and the core process entry beside the main bundle', () => {
    const paths = resolveRuntimePaths(facts({ mainDir: '/repo/out/main' }));
    expect(paths.preload).toBe(join('/repo/out/preload/index.cjs'));
    expect(paths.rendererIndex).toBe(join('/repo/out/renderer/index.html'));
    expect(paths.coreHost).toBe(join('/repo/out/main/core-host.js'));
  });
});
