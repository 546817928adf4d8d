/**
 * Decrypting an encrypted copy back into a backup folder (decision 0028; the layout is in
 * backup-offsite-format.ts). The pieces arrive unauthenticated, GCM checking its tag only after the
 * last one, and GCM's ciphertext is malleable: every name and size is checked for shape as it comes,
 * and the caller removes the folder when the tag then fails.
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { decrypt, deriveCopyKey, keyCheckOf, MAX_PATH_BYTES, openSealed, PLAIN_MAGIC, SealedCopyError, TAMPERED, WRONG_PASSPHRASE } from './backup-offsite-format';

/** Only the names a backup folder holds: the plaintext is not trusted until the tag is checked at the end. */
function safePath(path: string): boolean {
  if (path.length === 0 || path.includes('\\') || path.includes('\0') || path.includes(':')) return false;
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..')) return false;
  return parts.length === 1 ? ['exar.sqlite', 'files.json', 'manifest.json'].includes(path) : parts[0] === 'files';
}

/**
 * Turns the plaintext entries back into files under `root`. The pieces arrive unauthenticated (the
 * tag is checked after the last one, GCM's way), so every name and size is checked for shape here,
 * and the caller removes `root` when the tag then fails.
 */
class EntryWriter {
  private pending: Buffer = Buffer.alloc(0);
  private state: 'magic' | 'head' | 'path' | 'body' | 'end' = 'magic';
  private pathLength = 0;
  private remaining = 0;
  private handle: FileHandle | null = null;
  private files = 0;
  private expectedFiles = -1;

  constructor(private readonly root: string) {}

  private take(n: number): Buffer | null {
    if (this.pending.length < n) return null;
    const taken = this.pending.subarray(0, n);
    this.pending = this.pending.subarray(n);
    return taken;
  }

  async push(chunk: Buffer): Promise<void> {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    for (;;) {
      if (this.state === 'body') {
        if (this.remaining > 0 && this.pending.length === 0) return;
        const piece = this.take(Math.min(this.remaining, this.pending.length))!;
        let offset = 0;
        while (offset < piece.length) offset += (await this.handle!.write(piece, offset, piece.length - offset)).bytesWritten;
        this.remaining -= piece.length;
        if (this.remaining === 0) await this.closeFile();
        continue;
      }
      if (this.state === 'magic') {
        const magic = this.take(PLAIN_MAGIC.length);
        if (!magic) return;
        if (!magic.equals(PLAIN_MAGIC)) throw new SealedCopyError('alterato', TAMPERED);
        this.state = 'head';
      } else if (this.state === 'head') {
        if (this.pending.length === 0) return;
        if (this.pending[0] === 0) {
          const end = this.take(5);
          if (!end) return;
          this.expectedFiles = end.readUInt32BE(1);
          this.state = 'end';
        } else {
          const head = this.take(3);
          if (!head) return;
          if (head[0] !== 1) throw new SealedCopyError('alterato', TAMPERED);
          this.pathLength = head.readUInt16BE(1);
          if (this.pathLength === 0 || this.pathLength > MAX_PATH_BYTES) throw new SealedCopyError('alterato', TAMPERED);
          this.state = 'path';
        }
      } else if (this.state === 'path') {
        const bytes = this.take(this.pathLength + 8);
        if (!bytes) return;
        const path = bytes.subarray(0, this.pathLength).toString('utf8');
        const size = bytes.readBigUInt64BE(this.pathLength);
        if (!safePath(path) || size > BigInt(Number.MAX_SAFE_INTEGER)) throw new SealedCopyError('alterato', TAMPERED);
        await this.openFile(path, Number(size));
      } else {
        if (this.pending.length > 0) throw new SealedCopyError('alterato', TAMPERED);
        return;
      }
    }
  }

  private async openFile(path: string, size: number): Promise<void> {
    const target = join(this.root, ...path.split('/'));
    await mkdir(join(target, '..'), { recursive: true });
    // 'wx': a name given twice is not a backup this app wrote.
    this.handle = await open(target, 'wx').catch(() => {
      throw new SealedCopyError('alterato', TAMPERED);
    });
    this.remaining = size;
    this.state = 'body';
    if (size === 0) await this.closeFile();
  }

  private async closeFile(): Promise<void> {
    await this.handle?.sync();
    await this.handle?.close();
    this.handle = null;
    this.files += 1;
    this.state = 'head';
  }

  /** After the tag held: the entries must have ended where the count says. */
  finish(): void {
    if (this.state !== 'end' || this.expectedFiles !== this.files) throw new SealedCopyError('alterato', TAMPERED);
  }

  async abort(): Promise<void> {
    await this.handle?.close().catch(() => undefined);
    this.handle = null;
  }
}

/**
 * Decrypts a copy into `root` (a new, empty folder the caller owns and removes on failure): the
 * passphrase is checked against the key check before anything is written, the tag after the last byte.
 */
export async function unsealToFolder(path: string, passphrase: string, root: string): Promise<void> {
  const opened = await openSealed(path);
  const key = await deriveCopyKey(passphrase, opened.header.kdf);
  if (!keyCheckOf(key).equals(opened.header.keyCheck)) throw new SealedCopyError('frase', WRONG_PASSPHRASE);
  await mkdir(root, { recursive: true });
  const writer = new EntryWriter(root);
  try {
    await decrypt(path, opened, key, (plain) => writer.push(plain));
    writer.finish();
  } finally {
    await writer.abort();
  }
}
