/**
 * The core's one event channel: job progress and other pushes. Both transports subscribe once
 * (the desktop relays each event over IPC, the web host streams them to the page) so a screen
 * follows a long job without asking again and again.
 */
import type { BridgeEvent } from '@shared/api/bridge';

export type EventListener = (event: BridgeEvent) => void;

export class EventBus {
  private readonly listeners = new Set<EventListener>();

  emit(event: BridgeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        // A listener that fails (a closed stream) must not stop the job that emits.
      }
    }
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.listeners.size;
  }
}
