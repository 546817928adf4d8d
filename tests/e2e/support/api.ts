/**
 * Calls the web host's API the way the page does (token from the page, same Origin), for test
 * set-up steps that another spec already covers through the UI.
 */
import { SETUP_INPUT } from '../../support/setup-input';

export async function callApi(baseUrl: string, method: string, input: unknown, session?: string): Promise<unknown> {
  const html = await (await fetch(baseUrl)).text();
  const token = /name="exar-api-token" content="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no API token in the page');
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    origin: baseUrl.replace(/\/$/, ''),
    'x-exar-token': token,
  };
  if (session) headers['x-exar-session'] = session;
  const response = await fetch(`${baseUrl}api/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function completeSetup(baseUrl: string): Promise<void> {
  await callApi(baseUrl, 'setup.complete', SETUP_INPUT);
}
