// `npm start`: run the desktop app from source. Electron's binary is not installed by
// `npm install` here (package.json denies its install script), so fetch it on first start; and
// build better-sqlite3 for Electron into .native/, leaving node_modules' Node build for the tests.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronExecutable, nativeStamp, nextStep, NATIVE_BUILD_FAILED_MESSAGE, UNAVAILABLE_MESSAGE } from './start-plan.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = join(root, 'node_modules', 'electron');
const nativeDir = join(root, '.native', 'electron');
const bindingFile = join(nativeDir, 'better_sqlite3.node');
const stampFile = join(nativeDir, 'stamp.txt');

const readText = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : null);
const versionOf = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
const node = (args, options = {}) => spawnSync(process.execPath, args, { cwd: root, ...options });

function electronFound() {
  const facts = { pathTxt: readText(join(electronDir, 'path.txt')), overrideDist: process.env.ELECTRON_OVERRIDE_DIST_PATH };
  return electronExecutable({ ...facts, electronDir, exists: existsSync, join }) !== null;
}

function buildNative(electronVersion, stamp) {
  // A copy, so node-gyp's output never replaces the Node build that `npm test` loads.
  const work = mkdtempSync(join(tmpdir(), 'exar-better-sqlite3-'));
  try {
    cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`) });
    const gyp = join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
    const args = [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'];
    const result = node(args, { cwd: work, stdio: 'inherit' });
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (result.status !== 0 || !existsSync(built)) return false;
    mkdirSync(nativeDir, { recursive: true });
    cpSync(built, bindingFile);
    writeFileSync(stampFile, `${stamp}\n`);
    return true;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const electronVersion = versionOf('electron');
const wantedStamp = nativeStamp(electronVersion, versionOf('better-sqlite3'));
let installTried = false;

for (;;) {
  const step = nextStep({
    electronFound: electronFound(),
    installTried,
    bindingExists: existsSync(bindingFile),
    bindingStamp: readText(stampFile),
    wantedStamp,
  });
  if (step === 'install-electron') {
    installTried = true;
    console.log(`Scarico Electron ${electronVersion}… / Downloading Electron ${electronVersion}…`);
    node([join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 10 * 60_000 });
  } else if (step === 'unavailable') {
    console.error(UNAVAILABLE_MESSAGE);
    process.exit(1);
  } else if (step === 'build-native') {
    if (!buildNative(electronVersion, wantedStamp)) {
      console.error(NATIVE_BUILD_FAILED_MESSAGE);
      process.exit(1);
    }
  } else {
    // `preview` builds main, preload and renderer, then starts Electron on the built files.
    const result = node([join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'preview'], { stdio: 'inherit' });
    process.exit(result.status ?? 1);
  }
}
