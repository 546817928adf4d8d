/**
 * The typed client: `api.call('associations.list', input)` returns the method's output or
 * throws an `ApiCallError` carrying the typed error. The session token lives here, not in
 * components; an expired or locked session is reported to whoever listens (the auth provider).
 */
import { changesData, type MethodInput, type MethodName, type MethodOutput } from '@shared/api/contract';
import { ApiCallError, type ApiError } from '@shared/api/errors';
import { detectTransport, type Transport } from './transport';

const SESSION_KEY = 'exar.session';

type SessionListener = (error: ApiError) => void;
type SessionChangeListener = () => void;

class ApiClient {
  private session: string | null = sessionStorage.getItem(SESSION_KEY);
  private readonly listeners = new Set<SessionListener>();
  private readonly changeListeners = new Set<SessionChangeListener>();
  private readonly writeListeners = new Set<() => Promise<void>>();

  constructor(private readonly transport: Transport) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await this.transport(method, input, this.session);
    if (result.ok) {
      // Unlocking keeps the token but makes it usable again: whoever follows the session reconnects.
      if (method === 'auth.unlock') this.sessionChanged();
      // Every write refreshes what the screens show before the caller goes on (decision 0018).
      if (changesData(method)) await Promise.all([...this.writeListeners].map((listener) => listener()));
      return result.value as MethodOutput<M>;
    }
    // A wrong password at login is not a lost session; everything else UNAUTHENTICATED is.
    if (result.error.code === 'UNAUTHENTICATED' && method !== 'auth.login') {
      for (const listener of this.listeners) listener(result.error);
    }
    throw new ApiCallError(result.error);
  }

  setSession(token: string | null): void {
    const changed = token !== this.session;
    this.session = token;
    if (token) sessionStorage.setItem(SESSION_KEY, token);
    else sessionStorage.removeItem(SESSION_KEY);
    if (changed) this.sessionChanged();
  }

  hasSession(): boolean {
    return this.session !== null;
  }

  /** For the event stream, which carries the session itself (see `events.ts`); components never need it. */
  sessionToken(): string | null {
    return this.session;
  }

  /** Called after each successful write, awaited before the write's caller goes on; returns the function that unsubscribes. */
  onWrite(listener: () => Promise<void>): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /** Called after a login, a logout or an unlock; returns the function that unsubscribes. */
  onSessionChange(listener: SessionChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  private sessionChanged(): void {
    for (const listener of [...this.changeListeners]) listener();
  }

  onSessionProblem(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const api = new ApiClient(detectTransport());

/** The operator-facing message of anything a call threw. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiCallError) return error.error.message;
  return 'Si è verificato un errore imprevisto. Riprova.';
}
