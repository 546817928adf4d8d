/**
 * The typed client: `api.call('associations.list', input)` returns the method's output or
 * throws an `ApiCallError` carrying the typed error. The session token lives here, not in
 * components; an expired or locked session is reported to whoever listens (the auth provider).
 */
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import { ApiCallError, type ApiError } from '../../../shared/api/errors';
import { detectTransport, type Transport } from './transport';

const SESSION_KEY = 'exar.session';

type SessionListener = (error: ApiError) => void;

class ApiClient {
  private session: string | null = sessionStorage.getItem(SESSION_KEY);
  private readonly listeners = new Set<SessionListener>();

  constructor(private readonly transport: Transport) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    const result = await this.transport(method, input, this.session);
    if (result.ok) return result.value as MethodOutput<M>;
    // A wrong password at login is not a lost session; everything else UNAUTHENTICATED is.
    if (result.error.code === 'UNAUTHENTICATED' && method !== 'auth.login') {
      for (const listener of this.listeners) listener(result.error);
    }
    throw new ApiCallError(result.error);
  }

  setSession(token: string | null): void {
    this.session = token;
    if (token) sessionStorage.setItem(SESSION_KEY, token);
    else sessionStorage.removeItem(SESSION_KEY);
  }

  hasSession(): boolean {
    return this.session !== null;
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
