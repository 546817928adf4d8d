/**
 * Password hashing with Node's scrypt (a memory-hard KDF). The stored string carries its own
 * parameters and salt, so the cost can be raised later without breaking existing hashes.
 * Format: `scrypt$N$r$p$salt(base64)$hash(base64)`.
 *
 * Asynchronous on purpose: one derivation at the default cost takes tens of milliseconds, and the
 * synchronous form ran them on the thread that answers every call, so four wrong logins held every
 * other operator's screen for about a second. `crypto.scrypt` runs in libuv's thread pool.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const KEY_LENGTH = 64;
export const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 };

function derive(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, cost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, hash] = parts as [string, string, string, string, string, string];
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  if (![cost.N, cost.r, cost.p].every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, 'base64');
  if (expected.length !== KEY_LENGTH) return false;
  // A stored string whose parameters scrypt refuses (N not a power of two, say) is no match, not a crash.
  const actual = await derive(password, Buffer.from(salt, 'base64'), cost).catch(() => null);
  return actual !== null && timingSafeEqual(actual, expected);
}
