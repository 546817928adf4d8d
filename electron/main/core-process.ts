/**
 * Forks the core into an Electron utility process (as Actual Budget runs its server): the database,
 * a 200-register batch and the matching warm-up run there, so the window's process only relays.
 * Everything with a rule in it is in `remote-core.ts`; this is the thin Electron end of the pipe.
 */
import { utilityProcess } from 'electron';
import type { Logger } from '../core/log';
import { encodeCoreOptions, type CoreStartOptions, type CoreTransport } from '../core-host/protocol';
import { startRemoteCore, type RemoteCore, type RemoteCoreOptions } from './remote-core';

/** What the core process writes to stderr (an uncaught error at load, a native module that fails) goes to the log. */
function logStream(stream: NodeJS.ReadableStream | null, log: Logger): void {
  stream?.on('data', (chunk: Buffer | string) => {
    const text = String(chunk).trim();
    if (text) log.error(`core process: ${text.slice(0, 4000)}`);
  });
}

export function forkCoreProcess(modulePath: string, options: CoreStartOptions, log: Logger): CoreTransport {
  const child = utilityProcess.fork(modulePath, [encodeCoreOptions(options)], {
    serviceName: 'Exar Sportello – dati',
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  // Registered first, so no other listener can post to a process that has gone (that crashed
  // main in some Electron versions).
  let alive = true;
  child.on('exit', () => {
    alive = false;
  });
  logStream(child.stderr, log);
  return {
    postMessage: (message) => {
      if (alive) child.postMessage(message);
    },
    onMessage: (listener) => {
      child.on('message', (message: unknown) => listener(message));
    },
    onExit: (listener) => {
      child.on('exit', (code: number) => listener(code));
    },
    kill: () => {
      if (alive) child.kill();
    },
  };
}

export interface CoreProcessOptions extends Pick<RemoteCoreOptions, 'log' | 'onGiveUp'> {
  /** The built `core-host.js` beside main's bundle. */
  modulePath: string;
  core: CoreStartOptions;
}

export function startCoreProcess(options: CoreProcessOptions): Promise<RemoteCore> {
  return startRemoteCore({
    spawn: () => forkCoreProcess(options.modulePath, options.core, options.log),
    log: options.log,
    onGiveUp: options.onGiveUp,
  });
}
