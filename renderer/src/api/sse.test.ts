import { describe, expect, it } from 'vitest';
import type { BridgeEvent } from '@shared/api/bridge';
import { parseEventData, sseParser } from './sse';

function collect(chunks: string[]): BridgeEvent[] {
  const events: BridgeEvent[] = [];
  const feed = sseParser((event) => events.push(event));
  for (const chunk of chunks) feed(chunk);
  return events;
}

describe('event stream parser', () => {
  it('gives whole events however the network cut the text', () => {
    const text = ': ok\n\ndata: {"type":"documents.job","payload":{"done":1}}\n\n: ping\n\ndata: {"type":"exchange.job","payload":null}\n\n';
    const expected = [
      { type: 'documents.job', payload: { done: 1 } },
      { type: 'exchange.job', payload: null },
    ];
    expect(collect([text])).toEqual(expected);
    expect(collect(text.split(''))).toEqual(expected);
    expect(collect([text.slice(0, 30), text.slice(30, 31), text.slice(31)])).toEqual(expected);
  });

  it('waits for the blank line that ends an event', () => {
    expect(collect(['data: {"type":"a","payload":1}\n'])).toEqual([]);
  });

  it.each([
    ['a heartbeat', ': ping\n\n'],
    ['broken JSON', 'data: {"type":\n\n'],
    ['no type', 'data: {"payload":1}\n\n'],
    ['a number type', 'data: {"type":1,"payload":1}\n\n'],
    ['an array', 'data: ["a"]\n\n'],
    ['a bare string', 'data: "a"\n\n'],
    ['an empty data line', 'data:\n\n'],
  ])('skips %s without stopping', (_label, block) => {
    expect(collect([block, 'data: {"type":"after","payload":2}\n\n'])).toEqual([{ type: 'after', payload: 2 }]);
  });

  it('keeps only the two known fields of an event', () => {
    expect(parseEventData('{"type":"a","payload":[1],"extra":true}')).toEqual({ type: 'a', payload: [1] });
  });
});
