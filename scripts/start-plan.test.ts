import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronExecutable,
  nativeStamp,
  nextStep,
  UNAVAILABLE_MESSAGE,
  type ExecutableFacts,
  type StartFacts,
} from './start-plan.mjs';

const stamp = nativeStamp('41.7.1', '12.11.1');
const ready: StartFacts = { electronFound: true, installTried: false, bindingExists: true, bindingStamp: stamp, wantedStamp: stamp };

describe('nextStep', () => {
  it.each<[string, Partial<StartFacts>, string]>([
    ['everything in place', {}, 'launch'],
    ['no Electron yet', { electronFound: false }, 'install-electron'],
    ['no Electron after one try', { electronFound: false, installTried: true }, 'unavailable'],
    ['Electron just installed', { installTried: true }, 'launch'],
    ['no Electron build of better-sqlite3', { bindingExists: false, bindingStamp: null }, 'build-native'],
    ['a binding without stamp (older script, unknown origin)', { bindingStamp: null }, 'build-native'],
    ['a binding for another Electron', { bindingStamp: nativeStamp('40.0.0', '12.11.1') }, 'build-native'],
    ['a binding for another better-sqlite3', { bindingStamp: nativeStamp('41.7.1', '12.10.0') }, 'build-native'],
    ['a stamp left behind without the binding', { bindingExists: false }, 'build-native'],
    ['missing Electron wins over a missing binding', { electronFound: false, bindingExists: false }, 'install-electron'],
  ])('%s → %s', (_label, facts, step) => {
    expect(nextStep({ ...ready, ...facts })).toBe(step);
  });
});

describe('electronExecutable', () => {
  const base = { pathTxt: 'electron', overrideDist: undefined, electronDir: '/repo/node_modules/electron', join };

  it('finds dist/<path.txt>', () => {
    expect(electronExecutable({ ...base, exists: () => true })).toBe(join('/repo/node_modules/electron/dist/electron'));
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like electron/index.js does', () => {
    expect(electronExecutable({ ...base, overrideDist: '/opt/electron', exists: () => true })).toBe(join('/opt/electron/electron'));
  });

  const always = (): boolean => true;
  const never = (): boolean => false;

  it.each<[string, Partial<ExecutableFacts>]>([
    ['no path.txt (install script never ran)', { pathTxt: null, exists: always }],
    ['empty path.txt', { pathTxt: '', exists: always }],
    ['path.txt but no dist (download interrupted)', { exists: never }],
  ])('is null with %s', (_label, facts) => {
    expect(electronExecutable({ exists: always, ...base, ...facts })).toBeNull();
  });
});

describe('UNAVAILABLE_MESSAGE', () => {
  it('is one line, in Italian and English, pointing to npm run web', () => {
    expect(UNAVAILABLE_MESSAGE).not.toContain('\n');
    expect(UNAVAILABLE_MESSAGE).toContain('Electron non è disponibile');
    expect(UNAVAILABLE_MESSAGE).toContain('Electron is not available');
    expect(UNAVAILABLE_MESSAGE).toContain('npm run web');
  });
});
