/**
 * The core process: opens the core on the data folder main chose, answers each `invoke` with its
 * result under the same id, forwards every core event, and closes the database before it exits
 * (on `close`, or when its parent is gone). It knows nothing of Electron: the channel it is given is
 * `process.parentPort` in the app and Node's IPC in the tests (`channels.ts`).
 */
import { join } from 'node:path';
import type { ApiResult } from '@shared/api/errors';
import { createCore, type Core } from '../core/core';
import { DatabaseTooNewError, DataFolderRefusedError } from '../core/db/errors';
import { fileLogger } from '../core/log';
import { parseToCore, type CoreStartOptions, type HostChannel, type StartFailure } from './protocol';

export interface HostDeps {
  /** Ends the process: a utility process does not end by itself when its work is done. */
  exit(code: number): void;
}

const FAILED_RESULT: ApiResult<never> = {
  ok: false,
  error: { code: 'IO', message: "Si è verificato un errore imprevisto: riprova o riavvia l'applicazione." },
};

function startFailure(error: unknown, dataDir: string): StartFailure {
  // Its message is already the Italian text for the operator: the file is left untouched.
  if (error instanceof DatabaseTooNewError) return { reason: 'database-too-new', message: error.message };
  // Missing or damaged database: the message says what was kept and how to restore (decision 0022).
  if (error instanceof DataFolderRefusedError) return { reason: 'data-refused', message: error.message, title: error.title };
  try {
    fileLogger(join(dataDir, 'logs', 'app.log')).error('startup failed', error);
  } catch {
    // The data folder itself may be the problem; main's dialog still says where it is.
  }
  return { reason: 'cannot-open', message: error instanceof Error ? error.message : String(error) };
}

/** Opens the core and serves it on `channel` until told to close; returns nothing, the channel is the interface. */
export function runCoreHost(channel: HostChannel, options: CoreStartOptions, deps: HostDeps): void {
  let core: Core;
  try {
    core = createCore(options);
  } catch (error) {
    // Main reads the reason, tells the operator and ends this process: exiting here could lose the message.
    channel.postMessage({ type: 'start-failed', ...startFailure(error, options.dataDir) });
    channel.onExit(() => deps.exit(1));
    return;
  }
  const log = core.state.log;
  const stopEvents = core.onEvent((event) => channel.postMessage({ type: 'event', event }));
  let closed = false;
  const close = (why: string) => {
    if (closed) return;
    closed = true;
    stopEvents();
    try {
      core.close();
      log.info(`core process closed (${why})`);
    } catch (error) {
      log.error('core process: closing the database failed', error);
    }
    deps.exit(0);
  };

  channel.onMessage((raw) => {
    const message = parseToCore(raw);
    if (!message) {
      log.error('core process: unknown message from main ignored');
      return;
    }
    if (closed) return;
    if (message.type === 'close') close('asked by main');
    else if (message.type === 'warm-up') core.warmUp();
    else {
      const { id, envelope } = message;
      core.invoke(envelope).then(
        (result) => {
          if (!closed) channel.postMessage({ type: 'result', id, result });
        },
        (error: unknown) => {
          // dispatch already turns failures into results; this is the last net, not the normal path.
          log.error(`core process: ${envelope.method} failed`, error);
          if (!closed) channel.postMessage({ type: 'result', id, result: FAILED_RESULT });
        },
      );
    }
  });
  channel.onExit(() => close('parent gone'));
  channel.postMessage({ type: 'ready' });
}
