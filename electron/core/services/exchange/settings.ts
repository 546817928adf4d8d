/**
 * The exchange settings of this installation (never exchanged): the office key and which tables
 * stay at the desk. The key is kept as the derived 32 bytes, never as the passphrase.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/api/errors';
import { EXCHANGE_TABLES } from '@shared/api/exchange-tables';
import type { ReadCtx, WriteCtx } from '../../context';
import { deriveOfficeKey, KEY_FILE_BYTES, keyFingerprint } from '../../exchange/crypto';
import { closeOverDependants } from '../../exchange/tables';
import { decodeBase64 } from '../../files/stored-files';
import { writeAudit } from '../audit/audit-log';
import { requireLocalSite } from '../settings/site';
import { readLocalValue, writeLocalValue } from '../settings/local-values';

const KEY_SETTING = 'exchange.key';
const LEFT_OUT_SETTING = 'exchange.leftOut';
const KEY_FILE_PREFIX = 'EXAR-CHIAVE-SCAMBIO-1\n';

interface StoredKey {
  key: string;
  source: 'frase' | 'file';
}

export function readOfficeKey(ctx: ReadCtx): { key: Buffer; fingerprint: string; source: 'frase' | 'file' } | null {
  const stored = readLocalValue(ctx, KEY_SETTING) as StoredKey | undefined;
  if (!stored || typeof stored.key !== 'string') return null;
  const key = Buffer.from(stored.key, 'base64');
  if (key.length !== 32) return null;
  return { key, fingerprint: keyFingerprint(key), source: stored.source === 'file' ? 'file' : 'frase' };
}

export function requireOfficeKey(ctx: ReadCtx): Buffer {
  const stored = readOfficeKey(ctx);
  if (!stored) {
    throw new AppError(
      'CONFLICT',
      'La chiave di scambio non è ancora impostata: un amministratore la imposta in «Scambio dati» con la frase segreta concordata con l’ufficio regionale (o con il file chiave).',
    );
  }
  return stored.key;
}

function storeKey(ctx: WriteCtx, key: Buffer, source: 'frase' | 'file'): string {
  const before = readOfficeKey(ctx);
  writeLocalValue(ctx, KEY_SETTING, { key: key.toString('base64'), source } satisfies StoredKey);
  const fingerprint = keyFingerprint(key);
  writeAudit(ctx, {
    entity: 'settings',
    entityId: requireLocalSite(ctx).id,
    action: 'update',
    changes: [{ field: 'chiaveScambio', before: before?.fingerprint ?? null, after: fingerprint }],
  });
  return fingerprint;
}

/** The key is derived first (asynchronously, decision 0028), then stored with its audit line in one turn. */
export async function setPassphrase(ctx: WriteCtx, passphrase: string): Promise<{ fingerprint: string }> {
  const key = await deriveOfficeKey(passphrase);
  return { fingerprint: storeKey(ctx, key, 'frase') };
}

/** A random key for the regional office to hand to its desks (by hand, on a USB stick): never by the same mail as the bundles. */
export async function createKeyFile(ctx: WriteCtx): Promise<{ fileName: string; mimeType: string; contentBase64: string; fingerprint: string }> {
  const secret = randomBytes(KEY_FILE_BYTES);
  const fingerprint = storeKey(ctx, await deriveOfficeKey(secret), 'file');
  const content = `${KEY_FILE_PREFIX}${secret.toString('base64')}\n`;
  return { fileName: `chiave-scambio-${fingerprint}.exarkey`, mimeType: 'text/plain', contentBase64: Buffer.from(content, 'utf8').toString('base64'), fingerprint };
}

export async function loadKeyFile(ctx: WriteCtx, contentBase64: string): Promise<{ fingerprint: string }> {
  const text = decodeBase64(contentBase64).toString('utf8');
  const secret = text.startsWith(KEY_FILE_PREFIX) ? Buffer.from(text.slice(KEY_FILE_PREFIX.length).trim(), 'base64') : null;
  if (!secret || secret.length !== KEY_FILE_BYTES) {
    throw new AppError('VALIDATION', 'Questo non è un file chiave di scambio (.exarkey) creato dall’applicazione: chiedine una copia all’ufficio regionale.');
  }
  return { fingerprint: storeKey(ctx, await deriveOfficeKey(secret), 'file') };
}

/** Tables the administrator keeps at the desk, closed over their dependants; GDPR defaults until set. */
export function leftOutTables(ctx: ReadCtx): Set<string> {
  const stored = readLocalValue(ctx, LEFT_OUT_SETTING);
  const chosen = Array.isArray(stored)
    ? stored.filter((t): t is string => typeof t === 'string')
    : EXCHANGE_TABLES.filter((t) => t.leftOutByDefault).map((t) => t.table);
  return closeOverDependants(new Set(chosen.filter((t) => EXCHANGE_TABLES.some((x) => x.table === t && x.optional))));
}

export function setLeftOutTables(ctx: WriteCtx, included: Record<string, boolean>): void {
  const before = leftOutTables(ctx);
  const next = new Set(before);
  for (const [table, include] of Object.entries(included)) {
    const info = EXCHANGE_TABLES.find((t) => t.table === table);
    if (!info) throw new AppError('VALIDATION', `Tabella sconosciuta: ${table}.`);
    if (!include && !info.optional) throw new AppError('VALIDATION', `«${info.label}» serve all’ufficio regionale per leggere gli altri dati: non si può tenere allo sportello.`);
    if (include) next.delete(table);
    else next.add(table);
  }
  const closed = closeOverDependants(next);
  writeLocalValue(ctx, LEFT_OUT_SETTING, [...closed].sort());
  const label = (set: Set<string>) => [...set].sort().join(', ') || 'nessuna';
  writeAudit(ctx, {
    entity: 'settings',
    entityId: requireLocalSite(ctx).id,
    action: 'update',
    changes: [{ field: 'datiCheRestanoAlloSportello', before: label(before), after: label(closed) }],
  });
}
