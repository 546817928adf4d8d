/**
 * The core as main sees it when the core runs in its own process: the same `invoke`, `onEvent`,
 * `warmUp` and `close` main used on the in-process core, over a `CoreTransport` (Electron's utility
 * process in the app, Node's fork in the tests).
 *
 * - Calls carry an id; their answers come back under it. There is no timeout: a 200-register batch
 *   may rightly take minutes, and a core that is truly gone is seen by its exit, not by a clock.
 * - If the process ends unexpectedly, every call waiting for an answer gets an Italian IO error
 *   (the operation may or may not have been done: the write's transaction either committed or not),
 *   and a new process is started. Its sessions are new, so the page's next call (or the
 *   `data.changed` pushed at once) takes the operator back to the login. A process that keeps
 *   dying, or cannot start again, is given up: main tells the operator and quits.
 */
import { DATA_CHANGED_EVENT, type BridgeEvent } from '@shared/api/bridge';
import type { ApiError, ApiResult } from '@shared/api/errors';
import type { InvokeEnvelope } from '@shared/api/transport';
import type { Logger } from '../core/log';
import { parseFromCore, type CoreTransport, type StartFailure } from '../core-host/protocol';

export interface RemoteCore {
  invoke(envelope: InvokeEnvelope): Promise<ApiResult<unknown>>;
  /** Subscribes to the core's pushes; survives a restart of the process. Returns the unsubscribe. */
  onEvent(listener: (event: BridgeEvent) => void): () => void;
  warmUp(): void;
  /** Asks the process to close its database and exit; ends it after `closeGraceMs` if it does not. */
  close(): Promise<void>;
}

export interface RestartPolicy {
  /** How many unexpected exits are restarted within `withinMs`; one more and main gives up. */
  max: number;
  withinMs: number;
}

/** Three crashes in ten minutes is no accident: a broken file or disk, not a one-off. */
export const DEFAULT_RESTART_POLICY: RestartPolicy = { max: 3, withinMs: 10 * 60_000 };
/** Closing checkpoints the WAL: quick, but a busy core finishes its current step first. */
const DEFAULT_CLOSE_GRACE_MS = 5_000;

export interface RemoteCoreOptions {
  /** Starts a fresh core process. */
  spawn(): CoreTransport;
  log: Logger;
  /** The process cannot be brought back: tell the operator and quit. Called once. */
  onGiveUp(failure: StartFailure): void;
  restart?: RestartPolicy;
  closeGraceMs?: number;
  now?: () => number;
}

/** The core could not open at start: main shows `failure.message` (Italian when the reason says so). */
export class CoreStartError extends Error {
  constructor(readonly failure: StartFailure) {
    super(failure.message);
    this.name = 'CoreStartError';
  }
}

export const CORE_STOPPED_ERROR: ApiError = {
  code: 'IO',
  message: "L'elaborazione dei dati si è interrotta in modo imprevisto: controlla se l'operazione è stata eseguita e, se serve, riprova.",
};
export const CORE_CLOSED_ERROR: ApiError = {
  code: 'IO',
  message: "L'applicazione si sta chiudendo: l'operazione non è stata eseguita.",
};

type StartOutcome = { ok: true } | { ok: false; failure: StartFailure };

class ProcessCore implements RemoteCore {
  private nextId = 1;
  private readonly pending = new Map<number, (result: ApiResult<unknown>) => void>();
  private readonly listeners = new Set<(event: BridgeEvent) => void>();
  /** The process being started or running; null once it exited. */
  private child: CoreTransport | null = null;
  /** The process that said `ready` and has not exited: the only one calls are sent to. */
  private live: CoreTransport | null = null;
  private ready: Promise<boolean> = Promise.resolve(false);
  private warm = false;
  private gaveUp = false;
  private closing: Promise<void> | null = null;
  private afterClose: (() => void) | null = null;
  private exits: number[] = [];
  private readonly policy: RestartPolicy;
  private readonly now: () => number;

  constructor(private readonly options: RemoteCoreOptions) {
    this.policy = options.restart ?? DEFAULT_RESTART_POLICY;
    this.now = options.now ?? Date.now;
  }

  /** Forks a process and resolves when it is ready or could not start. */
  launch(): Promise<StartOutcome> {
    const child = this.options.spawn();
    this.child = child;
    let settle: (outcome: StartOutcome) => void = () => undefined;
    const started = new Promise<StartOutcome>((resolve) => {
      settle = resolve;
    });
    child.onMessage((raw) => {
      if (child !== this.child) return;
      const message = parseFromCore(raw);
      if (!message) {
        this.options.log.error('core process: unknown message ignored');
        return;
      }
      switch (message.type) {
        case 'ready':
          this.live = child;
          settle({ ok: true });
          break;
        case 'start-failed':
          settle({ ok: false, failure: { reason: message.reason, message: message.message, ...(message.title ? { title: message.title } : {}) } });
          child.kill();
          break;
        case 'result':
          this.pending.get(message.id)?.(message.result);
          this.pending.delete(message.id);
          break;
        case 'event':
          this.emit(message.event);
          break;
      }
    });
    child.onExit((code) => {
      if (child !== this.child) return;
      const wasLive = this.live === child;
      this.child = null;
      this.live = null;
      settle({ ok: false, failure: { reason: 'cannot-open', message: `Il processo dei dati si è chiuso all'avvio (codice ${String(code)}).` } });
      this.failPending(CORE_STOPPED_ERROR);
      if (this.closing) {
        this.afterClose?.();
      } else if (wasLive) {
        this.options.log.error(`core process exited unexpectedly (code ${String(code)})`);
        this.restart();
      }
    });
    return started;
  }

  async invoke(envelope: InvokeEnvelope): Promise<ApiResult<unknown>> {
    if (this.closing) return { ok: false, error: CORE_CLOSED_ERROR };
    await this.ready;
    const child = this.live;
    if (!child || this.closing) return { ok: false, error: this.closing ? CORE_CLOSED_ERROR : CORE_STOPPED_ERROR };
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      child.postMessage({ type: 'invoke', id, envelope });
    });
  }

  onEvent(listener: (event: BridgeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  warmUp(): void {
    this.warm = true;
    this.live?.postMessage({ type: 'warm-up' });
  }

  close(): Promise<void> {
    if (this.closing) return this.closing;
    const child = this.child;
    this.closing = new Promise<void>((resolve) => {
      if (!child) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        this.options.log.error('core process did not close in time: ended');
        child.kill();
      }, this.options.closeGraceMs ?? DEFAULT_CLOSE_GRACE_MS);
      this.afterClose = () => {
        clearTimeout(timer);
        resolve();
      };
      child.postMessage({ type: 'close' });
    });
    return this.closing;
  }

  /** Starts the first process; the caller decides what a failure means (a dialog at start). */
  async start(): Promise<void> {
    const started = this.launch();
    this.ready = started.then((outcome) => outcome.ok);
    const outcome = await started;
    if (!outcome.ok) throw new CoreStartError(outcome.failure);
  }

  private restart(): void {
    const now = this.now();
    this.exits = [...this.exits.filter((at) => now - at < this.policy.withinMs), now];
    if (this.exits.length > this.policy.max) {
      this.giveUp({ reason: 'cannot-open', message: `Il processo dei dati si è interrotto ${this.exits.length} volte in pochi minuti.` });
      return;
    }
    this.ready = this.launch().then((outcome) => {
      if (!outcome.ok) {
        this.giveUp(outcome.failure);
        return false;
      }
      this.options.log.info('core process restarted');
      if (this.warm) this.live?.postMessage({ type: 'warm-up' });
      // Sessions lived in the old process: every screen asks again and finds it must log in.
      this.emit({ type: DATA_CHANGED_EVENT, payload: null });
      return true;
    });
  }

  private giveUp(failure: StartFailure): void {
    if (this.gaveUp || this.closing) return;
    this.gaveUp = true;
    this.options.log.error(`core process given up: ${failure.message}`);
    this.failPending(CORE_STOPPED_ERROR);
    this.options.onGiveUp(failure);
  }

  private failPending(error: ApiError): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve({ ok: false, error });
  }

  private emit(event: BridgeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        // A listener that fails (a closed window) must not stop the others.
        this.options.log.error('core event listener failed', error);
      }
    }
  }
}

/** Starts the core process and resolves once it has opened the data; rejects with `CoreStartError`. */
export async function startRemoteCore(options: RemoteCoreOptions): Promise<RemoteCore> {
  const core = new ProcessCore(options);
  await core.start();
  return core;
}
