/**
 * The exchange key and the encrypted container of a bundle, with Node's crypto only.
 *
 * - The office key (32 bytes) is derived once with scrypt from the passphrase agreed with the
 *   regional office, or from a key file's random bytes; the passphrase itself is never stored.
 * - Each bundle gets its own key from the office key and a random salt (HKDF-SHA256), and is
 *   sealed with AES-256-GCM. The clear header (office, export id, salt, iv, key check) is bound to
 *   the ciphertext as additional authenticated data, so changing it breaks the seal too.
 *
 * Layout: "EXARBNDL" · version byte · header length (uint32 BE) · header JSON · ciphertext · 16-byte tag
 * · ciphertext length (uint64 BE) · first 8 bytes of the clear part's sha256 · "EXAREND1". The trailer
 * only makes the message right (a cut file, a damaged header, a wrong key are told apart before the
 * key is tried); the seal is what decides.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, scrypt, type CipherGCM, type DecipherGCM } from 'node:crypto';
import { z } from 'zod';

export const MAGIC = Buffer.from('EXARBNDL', 'ascii');
export const CONTAINER_VERSION = 1;
const TAG_BYTES = 16;
const END_MAGIC = Buffer.from('EXAREND1', 'ascii');
const HEADER_CHECK_BYTES = 8;
export const TRAILER_BYTES = TAG_BYTES + 8 + HEADER_CHECK_BYTES + END_MAGIC.length;
/** Fixed so the desk and the regional office derive the same key from the same passphrase. */
const SCRYPT_SALT = Buffer.from('exar-scambio-regionale-v1', 'utf8');
/** 64 MiB of memory per derivation: slow for a guesser, a fraction of a second here, done once. */
const SCRYPT_PARAMS = { N: 2 ** 16, r: 8, p: 1, maxmem: 160 * 1024 * 1024 };
export const KEY_FILE_BYTES = 32;

/**
 * The office key, derived off the core's thread: scrypt with these parameters takes a fraction of a
 * second and 64 MiB, and the synchronous form would hold every other call (and the daily copy) meanwhile.
 */
export function deriveOfficeKey(secret: string | Buffer): Promise<Buffer> {
  const input = typeof secret === 'string' ? Buffer.from(secret.normalize('NFC'), 'utf8') : secret;
  return new Promise((resolve, reject) => {
    scrypt(input, SCRYPT_SALT, 32, SCRYPT_PARAMS, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Shown to both offices so they can check, aloud or by mail, that they hold the same key. */
export function keyFingerprint(officeKey: Buffer): string {
  const hex = createHash('sha256').update('exar-fingerprint').update(officeKey).digest('hex').slice(0, 12).toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

function bundleKey(officeKey: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', officeKey, salt, 'exar-bundle-v1', 32));
}

function keyCheck(key: Buffer): string {
  return createHmac('sha256', key).update('exar-key-check').digest('hex').slice(0, 32);
}

export const containerHeaderSchema = z.object({
  kind: z.enum(['dati', 'pubblicazione']),
  site: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  exportId: z.string(),
  createdAt: z.string(),
  salt: z.string(),
  iv: z.string(),
  keyCheck: z.string(),
});
export type ContainerHeader = z.output<typeof containerHeaderSchema>;

/** Not a protection (anyone can recompute it): it tells a damaged header from a wrong key in the message. */
function headerCheck(clear: Buffer): Buffer {
  return createHash('sha256').update(clear).digest().subarray(0, HEADER_CHECK_BYTES);
}

function prefix(headerJson: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerJson.length);
  return Buffer.concat([MAGIC, Buffer.from([CONTAINER_VERSION]), length, headerJson]);
}

export interface Sealer {
  /** The clear part to write first. */
  head: Buffer;
  update(plain: Uint8Array): Buffer;
  /** The last ciphertext bytes and the trailer (tag, length, end mark). */
  final(): Buffer;
}

export function createSealer(officeKey: Buffer, info: Omit<ContainerHeader, 'salt' | 'iv' | 'keyCheck'>): Sealer {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = bundleKey(officeKey, salt);
  const header: ContainerHeader = { ...info, salt: salt.toString('base64'), iv: iv.toString('base64'), keyCheck: keyCheck(key) };
  const head = prefix(Buffer.from(JSON.stringify(header), 'utf8'));
  const cipher = createCipheriv('aes-256-gcm', key, iv) as CipherGCM;
  cipher.setAAD(head);
  let written = 0;
  const update = (plain: Uint8Array): Buffer => {
    const out = cipher.update(plain);
    written += out.length;
    return out;
  };
  return {
    head,
    update,
    final: () => {
      const last = cipher.final();
      written += last.length;
      const length = Buffer.alloc(8);
      length.writeBigUInt64BE(BigInt(written));
      return Buffer.concat([last, cipher.getAuthTag(), length, headerCheck(head), END_MAGIC]);
    },
  };
}

/** Why a container could not be opened, each with the sentence the desk reads. */
export class ContainerError extends Error {
  constructor(
    readonly reason: 'non_bundle' | 'versione' | 'chiave' | 'alterato' | 'troncato',
    message: string,
  ) {
    super(message);
  }
}

const NOT_A_BUNDLE = 'Il file scelto non è un file di scambio dell’applicazione (.exar): controlla di aver scelto quello giusto.';
const TRUNCATED = 'Il file è incompleto (forse la copia o il download si sono interrotti): fattelo inviare di nuovo.';
const TAMPERED = 'Il file è stato alterato o si è danneggiato dopo l’esportazione: non è stato importato nulla. Fattelo inviare di nuovo.';
const WRONG_KEY =
  'La chiave di scambio di questo ufficio non apre il file: la frase segreta (o il file chiave) non è la stessa dello sportello che lo ha esportato. Controllate insieme l’impronta della chiave in «Scambio dati».';

export interface OpenedHeader {
  header: ContainerHeader;
  /** Where the ciphertext starts and ends (the tag follows). */
  bodyStart: number;
  bodyEnd: number;
  aad: Buffer;
  tag: Buffer;
}

/**
 * Reads and checks the clear parts: layout, version, header shape, and the trailer (`last`: the
 * file's last TRAILER_BYTES bytes). `size` is the whole file's.
 */
export function readContainerHeader(first: Buffer, size: number, last: Buffer): OpenedHeader {
  if (first.length < MAGIC.length + 5 || !first.subarray(0, MAGIC.length).equals(MAGIC)) throw new ContainerError('non_bundle', NOT_A_BUNDLE);
  const version = first[MAGIC.length]!;
  if (version > CONTAINER_VERSION) {
    throw new ContainerError('versione', 'Il file è stato esportato da una versione più recente dell’applicazione: aggiorna l’applicazione di questo ufficio e riprova.');
  }
  const length = first.readUInt32BE(MAGIC.length + 1);
  const start = MAGIC.length + 5;
  if (length > 64 * 1024) throw new ContainerError('non_bundle', NOT_A_BUNDLE);
  if (first.length < start + length) throw new ContainerError('troncato', TRUNCATED);
  const bodyStart = start + length;
  const bodyEnd = size - TRAILER_BYTES;
  if (bodyEnd < bodyStart || last.length !== TRAILER_BYTES || !last.subarray(TRAILER_BYTES - END_MAGIC.length).equals(END_MAGIC)) {
    throw new ContainerError('troncato', TRUNCATED);
  }
  const checkAt = TAG_BYTES + 8;
  if (!headerCheck(first.subarray(0, bodyStart)).equals(last.subarray(checkAt, checkAt + HEADER_CHECK_BYTES))) throw new ContainerError('alterato', TAMPERED);
  let header: ContainerHeader;
  try {
    header = containerHeaderSchema.parse(JSON.parse(first.subarray(start, start + length).toString('utf8')));
  } catch {
    throw new ContainerError('non_bundle', NOT_A_BUNDLE);
  }
  if (Number(last.readBigUInt64BE(TAG_BYTES)) !== bodyEnd - bodyStart) throw new ContainerError('alterato', TAMPERED);
  return { header, bodyStart, bodyEnd, aad: first.subarray(0, bodyStart), tag: last.subarray(0, TAG_BYTES) };
}

export interface Opener {
  update(cipher: Uint8Array): Buffer;
  /** Throws a ContainerError when the seal does not hold (altered, truncated). */
  final(): Buffer;
}

export function createOpener(officeKey: Buffer, opened: OpenedHeader): Opener {
  const key = bundleKey(officeKey, Buffer.from(opened.header.salt, 'base64'));
  if (keyCheck(key) !== opened.header.keyCheck) throw new ContainerError('chiave', WRONG_KEY);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(opened.header.iv, 'base64')) as DecipherGCM;
  decipher.setAAD(opened.aad);
  return {
    update: (cipher) => decipher.update(cipher),
    final: () => {
      decipher.setAuthTag(opened.tag);
      try {
        return decipher.final();
      } catch {
        // A cut file and a changed byte look the same to GCM; the length told "cut" apart earlier where it could.
        throw new ContainerError('alterato', TAMPERED);
      }
    },
  };
}


