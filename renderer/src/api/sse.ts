/**
 * Reads the web host's event stream (Server-Sent Events, see electron/web-host/event-stream.ts)
 * as it arrives in pieces: `fetch` cuts the bytes wherever the network did, not at event ends.
 * Only what the host sends is handled: `\n` line ends, `data:` lines and `:` comments (heartbeats).
 */
import type { BridgeEvent } from '@shared/api/bridge';

/** The event in a `data:` payload, or null when it is not `{ type: string, payload }` JSON. */
export function parseEventData(data: string): BridgeEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { type, payload } = value as Record<string, unknown>;
  return typeof type === 'string' ? { type, payload } : null;
}

/** Returns the function to feed with each decoded piece of text; `onEvent` gets whole events. */
export function sseParser(onEvent: (event: BridgeEvent) => void): (text: string) => void {
  let buffer = '';
  return (text) => {
    buffer += text;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(line.startsWith('data: ') ? 6 : 5))
        .join('\n');
      const event = data === '' ? null : parseEventData(data);
      if (event) onEvent(event);
      end = buffer.indexOf('\n\n');
    }
  };
}
