/**
 * The encrypted copy of one backup folder for the second folder (decision 0028): one file, with
 * Node's crypto only (scrypt for the key, AES-256-GCM for the seal).
 *
 * Layout (integers big-endian):
 *   "EXARBACK" · version (1 byte) · scrypt N, r, p (uint32 each) · scrypt salt (16) · GCM nonce (12)
 *   · key check (16) · header check (8)              = the header, HEADER_BYTES, bound as AAD
 *   · ciphertext · GCM tag (16)
 * The plaintext is the backup folder as a sequence of entries: "EXARDIR1", then per file
 * `1 · path length (uint16) · path (utf8, «/») · size (uint64) · bytes`, then `0 · count (uint32)`.
 *
 * The key check (an HMAC of the key) tells a wrong passphrase from a damaged file before anything is
 * written; the header check (a plain hash, anyone can recompute it) tells a damaged header from a
 * wrong passphrase in the message. Neither protects anything: the GCM tag over header and ciphertext
 * is what decides, and a restore keeps nothing of a file whose tag fails. Decrypting back into a
 * folder is backup-offsite-unseal.ts.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, scrypt, type CipherGCM, type DecipherGCM } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';

const MAGIC = Buffer.from('EXARBACK', 'ascii');
export const OFFSITE_FORMAT_VERSION = 1;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const CHECK_BYTES = 16;
const HEADER_CHECK_BYTES = 8;
const TAG_BYTES = 16;
export const HEADER_BYTES = MAGIC.length + 1 + 12 + SALT_BYTES + NONCE_BYTES + CHECK_BYTES + HEADER_CHECK_BYTES;
export const PLAIN_MAGIC = Buffer.from('EXARDIR1', 'ascii');
/** Read and written in pieces of this size: a 1 GB database never sits in memory. */
const CHUNK_BYTES = 1024 * 1024;
export const MAX_PATH_BYTES = 4096;

/** scrypt's cost: 128 MiB and a fraction of a second per derivation, paid once when the passphrase is set and once per restore. */
export const DEFAULT_KDF = { N: 2 ** 17, r: 8, p: 1 } as const;
/** The most a file's header may ask for: a crafted header must not make a restore allocate gigabytes. */
const MAX_KDF = { N: 2 ** 20, r: 32, p: 16 };

export interface KdfParams {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
}

/** Why an encrypted copy could not be opened, each with the sentence the person restoring reads. */
export class SealedCopyError extends Error {
  constructor(
    readonly reason: 'non_copia' | 'versione' | 'frase' | 'alterato' | 'troncato',
    message: string,
  ) {
    super(message);
    this.name = 'SealedCopyError';
  }
}

const NOT_A_COPY = 'Il file scelto non è una copia cifrata dell’applicazione (.exarbak): controlla di aver scelto quello giusto. Non è stato cambiato nulla.';
const TRUNCATED = 'La copia cifrata è incompleta (forse la scrittura sul disco si è interrotta): usane un’altra. Non è stato cambiato nulla.';
export const TAMPERED = 'La copia cifrata è danneggiata o è stata modificata dopo essere stata scritta: non è stata usata. Usane un’altra. Non è stato cambiato nulla.';
export const WRONG_PASSPHRASE =
  'La frase segreta non apre questa copia cifrata: controlla di averla scritta esattamente (maiuscole, spazi, accenti). Non è stato cambiato nulla.';

export function newKdf(params: Omit<KdfParams, 'salt'> = DEFAULT_KDF): KdfParams {
  return { ...params, salt: randomBytes(SALT_BYTES) };
}

/** scrypt off the core's thread (the libuv pool): a derivation never holds the calls. */
export function deriveCopyKey(passphrase: string, kdf: KdfParams): Promise<Buffer> {
  const secret = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  const maxmem = 128 * kdf.N * kdf.r + 32 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    scrypt(secret, kdf.salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** What proves a key is the one a copy was sealed with, without being the key. */
export function keyCheckOf(key: Buffer): Buffer {
  return createHmac('sha256', key).update('exar-seconda-copia-verifica-chiave').digest().subarray(0, CHECK_BYTES);
}

function headerCheck(bytes: Buffer): Buffer {
  return createHash('sha256').update(bytes).digest().subarray(0, HEADER_CHECK_BYTES);
}

function buildHeader(kdf: KdfParams, nonce: Buffer, key: Buffer): Buffer {
  const numbers = Buffer.alloc(12);
  numbers.writeUInt32BE(kdf.N, 0);
  numbers.writeUInt32BE(kdf.r, 4);
  numbers.writeUInt32BE(kdf.p, 8);
  const body = Buffer.concat([MAGIC, Buffer.from([OFFSITE_FORMAT_VERSION]), numbers, kdf.salt, nonce, keyCheckOf(key)]);
  return Buffer.concat([body, headerCheck(body)]);
}

export interface SealedHeader {
  kdf: KdfParams;
  nonce: Buffer;
  keyCheck: Buffer;
  bytes: Buffer;
}

export function parseHeader(bytes: Buffer): SealedHeader {
  if (bytes.length < MAGIC.length + 1 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new SealedCopyError('non_copia', NOT_A_COPY);
  const version = bytes[MAGIC.length]!;
  if (version < 1) throw new SealedCopyError('non_copia', NOT_A_COPY);
  if (version > OFFSITE_FORMAT_VERSION) {
    throw new SealedCopyError('versione', 'La copia cifrata è stata scritta da una versione più recente dell’applicazione: aggiorna l’applicazione e riprova.');
  }
  if (bytes.length < HEADER_BYTES) throw new SealedCopyError('troncato', TRUNCATED);
  const header = bytes.subarray(0, HEADER_BYTES);
  const body = header.subarray(0, HEADER_BYTES - HEADER_CHECK_BYTES);
  if (!headerCheck(body).equals(header.subarray(HEADER_BYTES - HEADER_CHECK_BYTES))) throw new SealedCopyError('alterato', TAMPERED);
  let at = MAGIC.length + 1;
  const N = header.readUInt32BE(at);
  const r = header.readUInt32BE(at + 4);
  const p = header.readUInt32BE(at + 8);
  at += 12;
  const validN = N >= 2 && N <= MAX_KDF.N && (N & (N - 1)) === 0;
  if (!validN || r < 1 || r > MAX_KDF.r || p < 1 || p > MAX_KDF.p) throw new SealedCopyError('alterato', TAMPERED);
  const salt = Buffer.from(header.subarray(at, at + SALT_BYTES));
  at += SALT_BYTES;
  const nonce = Buffer.from(header.subarray(at, at + NONCE_BYTES));
  at += NONCE_BYTES;
  const keyCheck = Buffer.from(header.subarray(at, at + CHECK_BYTES));
  return { kdf: { N, r, p, salt }, nonce, keyCheck, bytes: Buffer.from(header) };
}

/** Collects small writes into pieces of CHUNK_BYTES: a USB drive or a share pays per write. */
class ChunkedWriter {
  private parts: Buffer[] = [];
  private length = 0;
  written = 0;
  constructor(private readonly handle: FileHandle) {}

  async put(bytes: Buffer): Promise<void> {
    if (bytes.length === 0) return;
    this.parts.push(bytes);
    this.length += bytes.length;
    if (this.length >= CHUNK_BYTES) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.length === 0) return;
    const data = Buffer.concat(this.parts, this.length);
    this.parts = [];
    this.length = 0;
    let offset = 0;
    while (offset < data.length) offset += (await this.handle.write(data, offset, data.length - offset)).bytesWritten;
    this.written += data.length;
  }
}

/** Every file of a backup folder, relative with «/», the manifest last (it is what makes a folder a backup). */
async function folderFiles(folder: string): Promise<{ path: string; size: number }[]> {
  const found: { path: string; size: number }[] = [];
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    found.push({ path: relative(folder, absolute).split(sep).join(posix.sep), size: (await stat(absolute)).size });
  }
  const rank = (path: string) => (path === 'manifest.json' ? 1 : 0);
  return found.sort((a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface SealResult {
  bytes: number;
  /** sha256 of the plaintext: what the read-back must find again. */
  plainSha256: string;
  files: number;
}

/**
 * Writes `folder` encrypted into `target` (created, never overwritten), streamed, then fsynced.
 * `shouldStop` is asked between pieces: closing the app ends a long copy to a slow drive promptly.
 */
export async function sealFolder(folder: string, target: string, key: Buffer, kdf: KdfParams, shouldStop: () => boolean = () => false): Promise<SealResult> {
  const nonce = randomBytes(NONCE_BYTES);
  const header = buildHeader(kdf, nonce, key);
  const cipher = createCipheriv('aes-256-gcm', key, nonce) as CipherGCM;
  cipher.setAAD(header);
  const hash = createHash('sha256');
  const files = await folderFiles(folder);
  const handle = await open(target, 'wx');
  try {
    const out = new ChunkedWriter(handle);
    await out.put(header);
    const put = async (plain: Buffer) => {
      hash.update(plain);
      await out.put(cipher.update(plain));
    };
    await put(PLAIN_MAGIC);
    for (const file of files) {
      const path = Buffer.from(file.path, 'utf8');
      const head = Buffer.alloc(11);
      head.writeUInt8(1, 0);
      head.writeUInt16BE(path.length, 1);
      head.writeBigUInt64BE(BigInt(file.size), 3);
      await put(Buffer.concat([head.subarray(0, 3), path, head.subarray(3)]));
      let read = 0;
      for await (const chunk of createReadStream(join(folder, ...file.path.split('/')), { highWaterMark: CHUNK_BYTES })) {
        if (shouldStop()) throw new Error('copy stopped: the core is closing');
        const bytes = chunk as Buffer;
        read += bytes.length;
        await put(bytes);
      }
      // The backup's files are never rewritten; a size that moved means the folder is not what was listed.
      if (read !== file.size) throw new Error(`${file.path} changed while it was being encrypted`);
    }
    const end = Buffer.alloc(5);
    end.writeUInt32BE(files.length, 1);
    await put(end);
    await out.put(cipher.final());
    await out.put(cipher.getAuthTag());
    await out.flush();
    await handle.sync();
    return { bytes: out.written, plainSha256: hash.digest('hex'), files: files.length };
  } finally {
    await handle.close();
  }
}

export interface Opened {
  header: SealedHeader;
  size: number;
  tag: Buffer;
}

export async function openSealed(path: string): Promise<Opened> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const first = Buffer.alloc(Math.min(size, HEADER_BYTES));
    await handle.read(first, 0, first.length, 0);
    const header = parseHeader(first);
    if (size < HEADER_BYTES + TAG_BYTES) throw new SealedCopyError('troncato', TRUNCATED);
    const tag = Buffer.alloc(TAG_BYTES);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
    return { header, size, tag };
  } finally {
    await handle.close();
  }
}

/** Decrypts the ciphertext piece by piece into `sink`; throws SealedCopyError when the tag does not hold. */
export async function decrypt(path: string, opened: Opened, key: Buffer, sink: (plain: Buffer) => Promise<void> | void): Promise<void> {
  if (!keyCheckOf(key).equals(opened.header.keyCheck)) throw new SealedCopyError('frase', WRONG_PASSPHRASE);
  const decipher = createDecipheriv('aes-256-gcm', key, opened.header.nonce) as DecipherGCM;
  decipher.setAAD(opened.header.bytes);
  decipher.setAuthTag(opened.tag);
  const end = opened.size - TAG_BYTES - 1;
  if (end >= HEADER_BYTES) {
    for await (const chunk of createReadStream(path, { start: HEADER_BYTES, end, highWaterMark: CHUNK_BYTES })) {
      await sink(decipher.update(chunk as Buffer));
    }
  }
  let last: Buffer;
  try {
    last = decipher.final();
  } catch {
    // A cut file and a changed byte look the same to GCM: either way nothing of it is kept.
    throw new SealedCopyError('alterato', TAMPERED);
  }
  await sink(last);
}

/** Reads a written copy back with `key`: its tag must hold and its plaintext must hash to `plainSha256`. */
export async function checkSealedFile(path: string, key: Buffer, plainSha256: string, shouldStop: () => boolean = () => false): Promise<void> {
  const opened = await openSealed(path);
  const hash = createHash('sha256');
  await decrypt(path, opened, key, (plain) => {
    if (shouldStop()) throw new Error('check stopped: the core is closing');
    hash.update(plain);
  });
  if (hash.digest('hex') !== plainSha256) throw new SealedCopyError('alterato', TAMPERED);
}

/** The header of a copy, for the key derivation at a restore (the passphrase with the copy's salt and cost). */
export async function readSealedHeader(path: string): Promise<SealedHeader> {
  return (await openSealed(path)).header;
}
