import { v7 } from 'uuid';

/** Time-ordered UUIDs (v7): unique across offices without coordination, and index-friendly. */
export function newId(): string {
  return v7();
}
