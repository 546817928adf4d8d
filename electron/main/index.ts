/**
 * App lifecycle: one instance, one core, one window. Everything with a rule in it lives in the
 * small modules beside this file; here they are only put together in the right order.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, session, shell, type BrowserWindow } from 'electron';
import { createCore, type Core } from '../core/core';
import { DatabaseTooNewError } from '../core/db/connection';
import { fileLogger } from '../core/log';
import { appLocation } from './app-location';
import { installContentSecurityPolicy } from './csp';
import { cleanOpenedCopies, type DesktopFileDeps } from './files';
import { registerIpc, relayEvents, type TrustedWindow } from './ipc';
import { resolveRuntimePaths, type RuntimePaths } from './paths';
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

/** Opens the data; on failure tells the operator why, in Italian, and returns null. */
function openCore(paths: RuntimePaths): Core | null {
  const dataDir = app.getPath('userData');
  try {
    return createCore({ dataDir, migrationsFolder: paths.migrationsFolder, nativeBinding: paths.nativeBinding });
  } catch (error) {
    if (error instanceof DatabaseTooNewError) {
      // Its message is already the Italian text for the operator: the file is left untouched.
      dialog.showErrorBox('Versione non aggiornata', error.message);
      return null;
    }
    try {
      fileLogger(join(dataDir, 'logs', 'app.log')).error('startup failed', error);
    } catch {
      // The data folder itself may be the problem; the dialog below still says where it is.
    }
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
  let core: Core | null = null;
  let stopEvents: (() => void) | null = null;

  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  hardenAllWebContents(app, location);
  app.on('second-instance', () => {
    if (window) focusWindow(window);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    stopEvents?.();
    stopEvents = null;
    core?.close();
    core = null;
  });

  const trustedWindow = (): TrustedWindow | null =>
    window && !window.isDestroyed()
      ? { webContentsId: window.webContents.id, mainFrame: window.webContents.mainFrame }
      : null;

  void app.whenReady().then(() => {
    restrictPermissions(session.defaultSession, location);
    installContentSecurityPolicy(session.defaultSession, { devServerOrigin: location.devServerOrigin });
    core = openCore(paths);
    if (!core) {
      app.quit();
      return;
    }
    const files = desktopFiles();
    cleanOpenedCopies(files.tempDir);
    registerIpc({ core, location, trustedWindow, files });
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
