import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    on: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    getAppPath: vi.fn(() => '/repo'),
    getPath: vi.fn((_name: string) => '/data'),
    setAppUserModelId: vi.fn(),
  },
  dialog: { showErrorBox: vi.fn() },
  session: {
    defaultSession: {
      webRequest: { onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
    },
  },
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
  shell: { openExternal: vi.fn() },
}));
const startCoreProcess = vi.hoisted(() => vi.fn());
const createMainWindow = vi.hoisted(() => vi.fn());
const focusWindow = vi.hoisted(() => vi.fn());

vi.mock('electron', () => electron);
vi.mock('./core-process', () => ({ startCoreProcess }));
vi.mock('./window', () => ({ createMainWindow, focusWindow }));

function fakeWindow() {
  const webContents = { id: 1, mainFrame: {}, isDestroyed: () => false, send: vi.fn(), getURL: vi.fn(() => '') };
  return { on: vi.fn(), isDestroyed: () => false, webContents };
}

const stopEvents = vi.hoisted(() => vi.fn());

function handlers(name: string): ((...args: unknown[]) => void)[] {
  return electron.app.on.mock.calls.filter(([event]) => event === name).map(([, fn]) => fn as (...a: unknown[]) => void);
}

/** Loads index.ts afresh (it starts the app on import); `setup` runs against the fresh modules. */
async function start(setup?: () => Promise<void>): Promise<void> {
  vi.resetModules();
  await setup?.();
  await import('./index');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

let dataDir = '';
// Electron sets process.resourcesPath; plain Node does not.
const RESOURCES = '/opt/Exar Sportello Tirocini/resources';
Object.defineProperty(process, 'resourcesPath', { value: RESOURCES, configurable: true });

beforeEach(() => {
  vi.clearAllMocks();
  dataDir = mkdtempSync(join(tmpdir(), 'exar-main-'));
  electron.app.getPath.mockReturnValue(dataDir);
  electron.app.isPackaged = false;
  electron.app.requestSingleInstanceLock.mockReturnValue(true);
  startCoreProcess.mockResolvedValue({
    invoke: vi.fn(),
    close: vi.fn(() => Promise.resolve()),
    warmUp: vi.fn(),
    onEvent: vi.fn(() => stopEvents),
  });
  createMainWindow.mockImplementation(fakeWindow);
});

afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('app lifecycle', () => {
  it('quits at once when another instance holds the lock, touching no data', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await start();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(startCoreProcess).not.toHaveBeenCalled();
    expect(createMainWindow).not.toHaveBeenCalled();
  });

  it('starts the core process in the user data folder with the source migrations in dev', async () => {
    await start();
    expect(startCoreProcess).toHaveBeenCalledTimes(1);
    expect(startCoreProcess.mock.calls[0]?.[0]).toMatchObject({
      modulePath: join(__dirname, 'core-host.js'),
      core: { dataDir, migrationsFolder: join('/repo', 'electron', 'core', 'db', 'migrations'), nativeBinding: undefined },
    });
    expect(electron.ipcMain.handle.mock.calls.map((c) => c[0])).toEqual(['api:invoke', 'files:save', 'files:open']);
    expect(createMainWindow).toHaveBeenCalledTimes(1);
  });

  it('hardens the session before any page loads', async () => {
    await start();
    const session = electron.session.defaultSession;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(handlers('web-contents-created')).toHaveLength(1);
    const permissionOrder = session.setPermissionRequestHandler.mock.invocationCallOrder[0] ?? Infinity;
    expect(permissionOrder).toBeLessThan(createMainWindow.mock.invocationCallOrder[0] ?? 0);
  });

  it('uses the migrations beside app.asar when packaged', async () => {
    electron.app.isPackaged = true;
    await start();
    expect(startCoreProcess.mock.calls[0]?.[0]).toMatchObject({
      core: { migrationsFolder: join(RESOURCES, 'migrations'), nativeBinding: undefined },
    });
  });

  it('explains a database from a newer version in Italian, then quits without a window', async () => {
    await start(async () => {
      // The classes index.ts will see: modules are reloaded per start, so take them after the reset.
      const { DatabaseTooNewError } = await import('../core/db/connection');
      const { CoreStartError } = await import('./remote-core');
      const tooNew = new DatabaseTooNewError(5, 3);
      startCoreProcess.mockRejectedValue(new CoreStartError({ reason: 'database-too-new', message: tooNew.message }));
    });
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Versione non aggiornata');
    expect(message).toMatch(/versione più recente/);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(createMainWindow).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
  });

  it('reports any other start-up failure in Italian and quits', async () => {
    await start(async () => {
      const { CoreStartError } = await import('./remote-core');
      startCoreProcess.mockRejectedValue(new CoreStartError({ reason: 'cannot-open', message: 'SQLITE_BUSY: database is locked' }));
    });
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe("Impossibile avviare l'applicazione");
    expect(message).toContain(dataDir);
    expect(electron.app.quit).toHaveBeenCalled();
    expect(createMainWindow).not.toHaveBeenCalled();
  });

  it('focuses the existing window when a second copy is launched', async () => {
    await start();
    const window = createMainWindow.mock.results[0]?.value as unknown;
    for (const handler of handlers('second-instance')) handler();
    expect(focusWindow).toHaveBeenCalledWith(window);
  });

  it('lets the core process close its database before the app exits, then quits', async () => {
    await start();
    const core = (await startCoreProcess.mock.results[0]?.value) as { close: ReturnType<typeof vi.fn> };
    const first = { preventDefault: vi.fn() };
    for (const handler of handlers('will-quit')) handler(first);
    expect(first.preventDefault).toHaveBeenCalledTimes(1);
    expect(core.close).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    // The second will-quit (from that quit) lets the app go.
    const second = { preventDefault: vi.fn() };
    for (const handler of handlers('will-quit')) handler(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(core.close).toHaveBeenCalledTimes(1);
  });

  it('tells the operator and quits when the core process cannot be brought back', async () => {
    await start();
    const { onGiveUp } = startCoreProcess.mock.calls[0]?.[0] as { onGiveUp: (failure: { reason: string; message: string }) => void };
    onGiveUp({ reason: 'cannot-open', message: 'Il processo dei dati si è interrotto 4 volte in pochi minuti.' });
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe("L'applicazione deve chiudersi");
    expect(message).toContain('4 volte');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('relays every core event to the window showing our page, and stops listening at quit', async () => {
    await start();
    const core = (await startCoreProcess.mock.results[0]?.value) as { onEvent: ReturnType<typeof vi.fn> };
    const relay = core.onEvent.mock.calls[0]?.[0] as (event: { type: string; payload: unknown }) => void;
    const window = createMainWindow.mock.results[0]?.value as ReturnType<typeof fakeWindow>;
    const { rendererIndex } = createMainWindow.mock.calls[0]?.[0] as { rendererIndex: string };

    relay({ type: 'documents.job', payload: 'before the page loads' });
    expect(window.webContents.send).not.toHaveBeenCalled();
    window.webContents.getURL.mockReturnValue(`${pathToFileURL(rendererIndex).href}#/tirocini/registri`);
    relay({ type: 'documents.job', payload: { done: 1 } });
    expect(window.webContents.send).toHaveBeenCalledWith('api:event', { type: 'documents.job', payload: { done: 1 } });

    for (const handler of handlers('will-quit')) handler({ preventDefault: vi.fn() });
    expect(stopEvents).toHaveBeenCalledTimes(1);
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app', async () => {
    electron.app.isPackaged = true;
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    await start();
    expect(createMainWindow.mock.calls[0]?.[0]).toMatchObject({ devServerUrl: null, isPackaged: true });
    vi.unstubAllEnvs();
  });

  it.each(['http://localhost:5173/', 'https://evil.example/', 'file:///etc/passwd'])(
    'in dev loads ELECTRON_RENDERER_URL=%s only if it is a loopback dev server',
    async (url) => {
      vi.stubEnv('ELECTRON_RENDERER_URL', url);
      await start();
      const expected = url === 'http://localhost:5173/' ? url : null;
      expect(createMainWindow.mock.calls[0]?.[0]).toMatchObject({ devServerUrl: expected });
      vi.unstubAllEnvs();
    },
  );
});
