/**
 * The two pipes the core process can be given by its parent: Electron's `process.parentPort` (the
 * desktop app's utility process) and Node's IPC (`child_process.fork`, used by the tests and free
 * for any Node host). Both end in the same `HostChannel`, so `host.ts` runs unchanged on either.
 */
import type { HostChannel } from './protocol';

/** The part of Electron's `process.parentPort` used here; typed locally so this folder never imports 'electron'. */
export interface ParentPortLike {
  on(event: 'message', listener: (messageEvent: { data: unknown }) => void): unknown;
  postMessage(message: unknown): void;
}

/**
 * Ways the parent or the system ask a process to stop. Electron's `UtilityProcess.kill()` is
 * SIGTERM on POSIX; on Windows it ends the process outright, which is why main asks with `close`
 * first and kills only a core that does not answer.
 */
const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

function onStopSignal(proc: NodeJS.Process, listener: () => void): void {
  let told = false;
  const once = () => {
    if (told) return;
    told = true;
    listener();
  };
  for (const signal of STOP_SIGNALS) proc.once(signal, once);
}

export function parentPortChannel(port: ParentPortLike, proc: NodeJS.Process = process): HostChannel {
  return {
    postMessage: (message) => port.postMessage(message),
    onMessage: (listener) => {
      port.on('message', (event) => listener(event.data));
    },
    onExit: (listener) => onStopSignal(proc, () => listener(null)),
  };
}

/** Node's IPC, with `serialization: 'advanced'` on the parent's side so values clone as they do in Electron. */
export function nodeIpcChannel(proc: NodeJS.Process = process): HostChannel {
  return {
    postMessage: (message) => {
      // After the parent left there is nobody to tell; `send` would throw.
      if (proc.connected && proc.send) proc.send(message);
    },
    onMessage: (listener) => {
      proc.on('message', (message: unknown) => listener(message));
    },
    onExit: (listener) => {
      let told = false;
      const once = () => {
        if (told) return;
        told = true;
        listener(null);
      };
      proc.once('disconnect', once);
      onStopSignal(proc, once);
    },
  };
}
