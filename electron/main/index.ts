/**
 * App lifecycle: one instance, one core process, one window. Everything with a rule in it lives in
 * the small modules beside this file; here they are only put together in the right order. The core
 * runs in its own process (`core-process.ts`, decision 0020): main relays calls and events, and
 * keeps what needs Electron (window, dialogs, saving and opening files).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, session, shell, type BrowserWindow } from 'electron';
import { fileLogger, type Logger } from '../core/log';
import type { StartFailure } from '../core-host/protocol';
import { appLocation } from './app-location';
import { startCoreProcess } from './core-process';
import { installContentSecurityPolicy } from './csp';
import { cleanOpenedCopies, type DesktopFileDeps } from './files';
import { registerIpc, relayEvents, type TrustedWindow } from './ipc';
import { resolveRuntimePaths, type RuntimePaths } from './paths';
import { CoreStartError, type RemoteCore } from './remote-core';
import { hardenAllWebContents, restrictPermissions } from './security';
import { createMainWindow, focusWindow } from './window';

export const APP_ID = 'it.exar.sportello';

/** The system's save dialog, its program for a file, and the folders «Salva» and «Apri» use. */
function desktopFiles(): DesktopFileDeps {
  return {
    showSaveDialog: (defaultPath, extension) =>
      dialog.showSaveDialog({ defaultPath, filters: [{ name: extension.toUpperCase(), extensions: [extension] }] }),
    openPath: (path) => shell.openPath(path),
    tempDir: join(app.getPath('temp'), 'exar-sportello'),
    downloadsDir: app.getPath('documents'),
  };
}

/** Main's lines go to the same log file as the core's; a data folder that cannot take it is told by the dialogs. */
function mainLogger(dataDir: string): Logger {
  try {
    return fileLogger(join(dataDir, 'logs', 'app.log'));
  } catch {
    return { info: () => undefined, error: (message, error) => console.error(message, error ?? '') };
  }
}

/** The core process stopped for good after start (it kept crashing): say so, then leave. */
function coreGivenUp(failure: StartFailure): void {
  dialog.showErrorBox(
    "L'applicazione deve chiudersi",
    `Il processo che gestisce i dati si è interrotto e non è stato possibile riavviarlo.\n` +
      `Riapri il programma; se il problema resta, contatta l'assistenza.\n\nDettaglio: ${failure.message}`,
  );
  app.quit();
}

/** Starts the core process on the data; on failure tells the operator why, in Italian, and returns null. */
async function openCore(paths: RuntimePaths, dataDir: string, log: Logger): Promise<RemoteCore | null> {
  try {
    return await startCoreProcess({
      modulePath: paths.coreHost,
      core: { dataDir, migrationsFolder: paths.migrationsFolder, nativeBinding: paths.nativeBinding },
      log,
      onGiveUp: coreGivenUp,
    });
  } catch (error) {
    if (error instanceof CoreStartError && error.failure.reason === 'database-too-new') {
      // Its message is already the Italian text for the operator: the file is left untouched.
      dialog.showErrorBox('Versione non aggiornata', error.message);
      return null;
    }
    if (error instanceof CoreStartError && error.failure.reason === 'data-refused') {
      // Missing or damaged database: the message names the backup and the restore (decision 0022).
      dialog.showErrorBox(error.failure.title ?? 'Archivio dati da ripristinare', error.message);
      return null;
    }
    // The core process wrote the stack to the log; a process that died at load wrote it to stderr, logged too.
    log.error('core process did not start', error);
    dialog.showErrorBox(
      "Impossibile avviare l'applicazione",
      `Non è stato possibile aprire l'archivio dati in ${dataDir}.\n` +
        `Chiudi altre copie del programma e riprova; se il problema resta, contatta l'assistenza.\n\n` +
        `Dettaglio: ${error instanceof Error ? error.message : String(error)}`,
    );
    return null;
  }
}

export function startApp(): void {
  // A second copy would open the same SQLite file: hand over to the first one and leave.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const paths = resolveRuntimePaths({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
    mainDir: __dirname,
    fileExists: existsSync,
  });
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const location = appLocation(paths.rendererIndex, devServerUrl);
  let window: BrowserWindow | null = null;
  let core: RemoteCore | null = null;
  let stopEvents: (() => void) | null = null;
  let quitting = false;

  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  hardenAllWebContents(app, location);
  app.on('second-instance', () => {
    if (window) focusWindow(window);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    quitting = true;
    stopEvents?.();
    stopEvents = null;
    const closing = core;
    core = null;
    if (!closing) return;
    // The core process closes the database (and checkpoints it) before the app is gone; then quit again.
    event.preventDefault();
    void closing.close().finally(() => app.quit());
  });

  const trustedWindow = (): TrustedWindow | null =>
    window && !window.isDestroyed()
      ? { webContentsId: window.webContents.id, mainFrame: window.webContents.mainFrame }
      : null;

  void app.whenReady().then(async () => {
    restrictPermissions(session.defaultSession, location);
    installContentSecurityPolicy(session.defaultSession, { devServerOrigin: location.devServerOrigin });
    const dataDir = app.getPath('userData');
    const log = mainLogger(dataDir);
    const opened = await openCore(paths, dataDir, log);
    if (!opened) {
      app.quit();
      return;
    }
    if (quitting) {
      void opened.close();
      return;
    }
    core = opened;
    const files = desktopFiles();
    cleanOpenedCopies(files.tempDir);
    registerIpc({ core, log, location, trustedWindow, files });
    stopEvents = relayEvents(core, () => (window && !window.isDestroyed() ? window.webContents : null), location);
    window = createMainWindow({
      preload: paths.preload,
      rendererIndex: paths.rendererIndex,
      devServerUrl: location.devServerOrigin && devServerUrl ? devServerUrl : null,
      isPackaged: app.isPackaged,
    });
    window.on('closed', () => {
      window = null;
    });
    core.warmUp();
  });
}

startApp();
