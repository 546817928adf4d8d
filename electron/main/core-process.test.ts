import { EventEmitter } from 'node:events';
import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryLogger } from '../core/log';
import { decodeCoreOptions } from '../core-host/protocol';

/** Electron's UtilityProcess, as far as core-process.ts uses it. */
class FakeUtility extends EventEmitter {
  stderr = new PassThrough();
  postMessage = vi.fn();
  kill = vi.fn();
}

const fork = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({ utilityProcess: { fork } }));

const { forkCoreProcess } = await import('./core-process');

let child: FakeUtility;
beforeEach(() => {
  child = new FakeUtility();
  fork.mockReset().mockReturnValue(child);
});

describe('forkCoreProcess', () => {
  it('forks the core-host entry with the options as its one argument, stderr piped', () => {
    forkCoreProcess('/app/out/main/core-host.js', { dataDir: '/data', migrationsFolder: '/m' }, memoryLogger());
    const [path, args, options] = fork.mock.calls[0] as [string, string[], { stdio: string[] }];
    expect(path).toBe('/app/out/main/core-host.js');
    expect(decodeCoreOptions(args)).toEqual({ dataDir: '/data', migrationsFolder: '/m' });
    expect(options.stdio).toEqual(['ignore', 'inherit', 'pipe']);
  });

  it('passes messages both ways, and never posts to or kills a process that has exited', () => {
    const transport = forkCoreProcess('/core-host.js', { dataDir: '/d', migrationsFolder: '/m' }, memoryLogger());
    const heard: unknown[] = [];
    const exits: (number | null)[] = [];
    transport.onMessage((message) => heard.push(message));
    transport.onExit((code) => exits.push(code));
    child.emit('message', { type: 'ready' });
    transport.postMessage({ type: 'warm-up' });
    expect(heard).toEqual([{ type: 'ready' }]);
    expect(child.postMessage).toHaveBeenCalledWith({ type: 'warm-up' });

    child.emit('exit', 9);
    expect(exits).toEqual([9]);
    transport.postMessage({ type: 'close' });
    transport.kill();
    expect(child.postMessage).toHaveBeenCalledTimes(1);
    expect(child.kill).not.toHaveBeenCalled();
  });

  it('writes what the process says on stderr to the log', async () => {
    const log = memoryLogger();
    forkCoreProcess('/core-host.js', { dataDir: '/d', migrationsFolder: '/m' }, log);
    child.stderr.write('Error: Cannot find module better-sqlite3\n');
    await vi.waitFor(() => expect(log.lines).toEqual(['ERROR core process: Error: Cannot find module better-sqlite3']));
  });
});
