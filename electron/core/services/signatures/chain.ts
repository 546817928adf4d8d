/**
 * The signer's certificate chain, checked only against the CAs the office imported: offline there is
 * no other source of trust, and a chain that ends in a CA the signature itself carries proves
 * nothing (anyone can make a CA). Revocation (CRL, OCSP) needs the network: not checked.
 */
import * as pkijs from 'pkijs';
import type { ChainState } from '@shared/documents/signatures';
import { cryptoEngine } from './engine';
import type { VerifiedSigner } from './verify-cms';

export async function chainStateOf(signer: VerifiedSigner, trusted: pkijs.Certificate[], now: Date): Promise<ChainState> {
  if (trusted.length === 0) return 'non_verificata';
  const engine = new pkijs.CertificateChainValidationEngine({
    trustedCerts: trusted,
    certs: [...signer.carried, signer.certificate],
    checkDate: signer.signedAt ?? now,
  });
  try {
    const result = await engine.verify({ passedWhenNotRevValues: true }, cryptoEngine());
    return result.result ? 'verificata' : 'non_riconosciuta';
  } catch {
    return 'non_riconosciuta';
  }
}
