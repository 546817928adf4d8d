/**
 * What main and the core process say to each other, in one place: the options given at fork, the
 * messages each way, and the small endpoint both sides are written against (Electron's
 * `utilityProcess`/`parentPort` in the app, Node's `child_process.fork` in the tests). Every
 * message received is checked here before it is believed: each side posts typed messages and reads
 * `unknown`.
 */
import type { BridgeEvent } from '@shared/api/bridge';
import { isApiError, type ApiResult } from '@shared/api/errors';
import type { InvokeEnvelope } from '@shared/api/transport';

/** What the core needs to open, decided by main (it alone knows Electron's folders). */
export interface CoreStartOptions {
  dataDir: string;
  migrationsFolder: string;
  nativeBinding?: string;
}

/** Main → core. */
export type ToCore =
  | { type: 'invoke'; id: number; envelope: InvokeEnvelope }
  /** Load the matching caches a moment from now (see `Core.warmUp`). */
  | { type: 'warm-up' }
  /** Close the database and exit. */
  | { type: 'close' };

/** Why the core could not open; the message is the Italian text for the operator or the detail for the log. */
export interface StartFailure {
  /** 'data-refused': the data folder needs a person (missing or damaged database, decision 0022). */
  reason: 'database-too-new' | 'data-refused' | 'cannot-open';
  message: string;
  /** The dialog's title for a refusal. */
  title?: string;
}

/** Core → main. */
export type FromCore =
  | { type: 'ready' }
  | ({ type: 'start-failed' } & StartFailure)
  | { type: 'result'; id: number; result: ApiResult<unknown> }
  | { type: 'event'; event: BridgeEvent };

/**
 * One side of the pipe. `onExit` means the other side is gone: for main, the core process ended
 * (its exit code, or null when unknown); for the core, its parent left.
 */
export interface MessageEndpoint<Out> {
  postMessage(message: Out): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
}

/** Main's end: it can also end a core that no longer answers. */
export interface CoreTransport extends MessageEndpoint<ToCore> {
  kill(): void;
}

export type HostChannel = MessageEndpoint<FromCore>;

/**
 * Options travel as one base64url argument: a Windows path's backslashes and spaces would otherwise
 * depend on how each platform quotes a command line.
 */
const OPTIONS_FLAG = '--exar-core-options=';

export function encodeCoreOptions(options: CoreStartOptions): string {
  return OPTIONS_FLAG + Buffer.from(JSON.stringify(options), 'utf8').toString('base64url');
}

export function decodeCoreOptions(argv: readonly string[]): CoreStartOptions | null {
  const arg = argv.find((a) => a.startsWith(OPTIONS_FLAG));
  if (!arg) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(arg.slice(OPTIONS_FLAG.length), 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!isRecord(raw) || !isText(raw.dataDir) || !isText(raw.migrationsFolder)) return null;
  if (raw.nativeBinding !== undefined && !isText(raw.nativeBinding)) return null;
  const options: CoreStartOptions = { dataDir: raw.dataDir, migrationsFolder: raw.migrationsFolder };
  if (raw.nativeBinding !== undefined) options.nativeBinding = raw.nativeBinding;
  return options;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function isEnvelope(value: unknown): value is InvokeEnvelope {
  return isRecord(value) && typeof value.method === 'string' && 'input' in value && (value.session === null || typeof value.session === 'string');
}

function isResult(value: unknown): value is ApiResult<unknown> {
  if (!isRecord(value)) return false;
  return value.ok === true ? 'value' in value : value.ok === false && isApiError(value.error);
}

function isBridgeEvent(value: unknown): value is BridgeEvent {
  return isRecord(value) && typeof value.type === 'string' && 'payload' in value;
}

export function parseToCore(raw: unknown): ToCore | null {
  if (!isRecord(raw)) return null;
  if (raw.type === 'invoke') return isId(raw.id) && isEnvelope(raw.envelope) ? { type: 'invoke', id: raw.id, envelope: raw.envelope } : null;
  if (raw.type === 'warm-up' || raw.type === 'close') return { type: raw.type };
  return null;
}

export function parseFromCore(raw: unknown): FromCore | null {
  if (!isRecord(raw)) return null;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'start-failed':
      if (!(raw.reason === 'database-too-new' || raw.reason === 'data-refused' || raw.reason === 'cannot-open') || typeof raw.message !== 'string') return null;
      return typeof raw.title === 'string'
        ? { type: 'start-failed', reason: raw.reason, message: raw.message, title: raw.title }
        : { type: 'start-failed', reason: raw.reason, message: raw.message };
    case 'result':
      return isId(raw.id) && isResult(raw.result) ? { type: 'result', id: raw.id, result: raw.result } : null;
    case 'event':
      return isBridgeEvent(raw.event) ? { type: 'event', event: raw.event } : null;
    default:
      return null;
  }
}
