/**
 * The one crypto engine pkijs verifies with: Node's own WebCrypto (no home-made crypto). Set once,
 * globally too, because some pkijs paths (a certificate's own `verify`) ask `getCrypto()` themselves.
 */
import { webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';

let engine: pkijs.ICryptoEngine | null = null;

export function cryptoEngine(): pkijs.ICryptoEngine {
  if (!engine) {
    // Node's webcrypto is the standard WebCrypto; its type differs from the DOM one pkijs names only by declaration.
    const crypto = webcrypto as unknown as ConstructorParameters<typeof pkijs.CryptoEngine>[0]['crypto'];
    engine = new pkijs.CryptoEngine({ name: 'node-webcrypto', crypto });
    pkijs.setEngine('node-webcrypto', engine);
  }
  return engine;
}
