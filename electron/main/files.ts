/**
 * «Salva» and «Apri» in the desktop app. The page hands over a file (name and bytes); the main
 * process asks where to save it with the system's dialog, or copies it to the app's temporary
 * folder and opens it with the program the system uses (Word for a .docx). The page never names a
 * path: the file name is reduced to a plain name, and only the types the app produces pass.
 */
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BridgeFile, FileOutcome } from '@shared/api/bridge';
import { detectFileType } from '../core/files/stored-files';

const ALLOWED_EXTENSIONS = ['docx', 'pdf', 'png', 'jpg', 'jpeg', 'zip'];
const MAX_BYTES = 50 * 1024 * 1024;

/** The parts of Electron's dialog and shell used here; tests pass fakes. */
export interface DesktopFileDeps {
  showSaveDialog(defaultPath: string, extension: string): Promise<{ canceled: boolean; filePath?: string }>;
  openPath(path: string): Promise<string>;
  tempDir: string;
  downloadsDir: string;
}

/** Returns the file when `raw` is a well-formed `BridgeFile` of an allowed type, with a safe name. */
export function parseBridgeFile(raw: unknown): (BridgeFile & { bytes: Buffer; extension: string }) | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { fileName, mimeType, contentBase64 } = raw as Record<string, unknown>;
  if (typeof fileName !== 'string' || typeof mimeType !== 'string' || typeof contentBase64 !== 'string') return null;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64) || contentBase64.length > (MAX_BYTES * 4) / 3 + 4) return null;
  // eslint-disable-next-line no-control-regex
  const name = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f<>:"|?*]/g, '_').replace(/^\.+/, '').slice(0, 200);
  const extension = name.toLowerCase().split('.').pop() ?? '';
  if (!name || !ALLOWED_EXTENSIONS.includes(extension)) return null;
  const bytes = Buffer.from(contentBase64, 'base64');
  // The content must be what the name says: Word would open an HTML or RTF file named .docx.
  const isZip = extension === 'zip' && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip && !detectFileType(bytes, name)) return null;
  return { fileName: name, mimeType, contentBase64, bytes, extension };
}

/** Opened copies older than a day are deleted at start: they hold personal data and are only copies. */
export function cleanOpenedCopies(tempDir: string, now = Date.now()): number {
  let removed = 0;
  let entries: string[];
  try {
    entries = readdirSync(tempDir);
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!entry.startsWith('apri-')) continue;
    const path = join(tempDir, entry);
    try {
      if (now - statSync(path).mtimeMs > 24 * 60 * 60 * 1000) {
        rmSync(path, { recursive: true, force: true });
        removed += 1;
      }
    } catch {
      // A copy still open in Word cannot be removed on Windows: it goes next time.
    }
  }
  return removed;
}

const FAILED: FileOutcome = { result: 'failed', message: 'Il file non è stato passato correttamente: riprova.' };

export async function saveFile(deps: DesktopFileDeps, raw: unknown): Promise<FileOutcome> {
  const file = parseBridgeFile(raw);
  if (!file) return FAILED;
  const choice = await deps.showSaveDialog(join(deps.downloadsDir, file.fileName), file.extension);
  if (choice.canceled || !choice.filePath) return { result: 'cancelled' };
  try {
    writeFileSync(choice.filePath, file.bytes);
    return { result: 'saved' };
  } catch {
    return { result: 'failed', message: 'Non è stato possibile salvare il file lì: scegli un’altra cartella o controlla che il file non sia aperto in Word.' };
  }
}

export async function openFile(deps: DesktopFileDeps, raw: unknown): Promise<FileOutcome> {
  const file = parseBridgeFile(raw);
  if (!file) return FAILED;
  // A folder per opening: the same name opened twice (a new version) never collides with a file Word holds open.
  const folder = join(deps.tempDir, `apri-${Date.now()}`);
  try {
    mkdirSync(folder, { recursive: true });
    const path = join(folder, file.fileName);
    writeFileSync(path, file.bytes);
    const error = await deps.openPath(path);
    return error ? { result: 'failed', message: `Il file non si apre: ${error}. Usa «Salva» e aprilo dalla cartella.` } : { result: 'opened' };
  } catch {
    return { result: 'failed', message: 'Il file non si apre: usa «Salva» e aprilo dalla cartella.' };
  }
}
