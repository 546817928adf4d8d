// The decisions of `npm start`, kept apart from the file system and child processes so they can
// be tested: given what exists on disk, what is the next thing to do?

/** Where Electron's executable is, following node_modules/electron/index.js; null if not there. */
export function electronExecutable({ pathTxt, overrideDist, electronDir, exists, join }) {
  if (!pathTxt) return null;
  const executable = overrideDist ? join(overrideDist, pathTxt) : join(electronDir, 'dist', pathTxt);
  return exists(executable) ? executable : null;
}

/** What the Electron build of better-sqlite3 must have been built for; any change means rebuild. */
export function nativeStamp(electronVersion, betterSqliteVersion) {
  return `electron-${electronVersion}/better-sqlite3-${betterSqliteVersion}`;
}

/**
 * @returns one of 'install-electron' | 'unavailable' | 'build-native' | 'launch'
 */
export function nextStep({ electronFound, installTried, bindingExists, bindingStamp, wantedStamp }) {
  if (!electronFound) return installTried ? 'unavailable' : 'install-electron';
  if (!bindingExists || bindingStamp !== wantedStamp) return 'build-native';
  return 'launch';
}

export const UNAVAILABLE_MESSAGE =
  "Electron non è disponibile su questa macchina (binario non scaricabile): usa `npm run web` per aprire l'app nel browser. " +
  '/ Electron is not available on this machine (binary cannot be downloaded): use `npm run web` to open the app in the browser.';

export const NATIVE_BUILD_FAILED_MESSAGE =
  'Impossibile compilare better-sqlite3 per Electron (servono gli strumenti di compilazione e la rete): usa `npm run web`. ' +
  '/ Could not build better-sqlite3 for Electron (needs build tools and network): use `npm run web`.';
