/**
 * This office's identity, the promoter organisation's data and local settings. The first
 * start (setup) creates the local office and the first administrator in one transaction.
 */
import { eq } from 'drizzle-orm';
import { AppError } from '@shared/api/errors';
import { DEFAULT_RETENTION, privacySettingsSchema, promoterTutorSchema, type PrivacySettings, type PromoterTutorData, type RetentionPeriods, type Settings } from '@shared/api/settings';
import type { ReadCtx, WriteCtx } from '../../context';
import { newRecordMeta, touchedMeta } from '../../context';
import { sites } from '../../db/schema';
import { readLocalValue, writeLocalValue } from './local-values';
import { diffFields, writeAudit } from '../audit/audit-log';
import { hasExchanged } from '../exchange/history';

export const DEFAULT_IDLE_LOCK_MINUTES = 15;
const IDLE_LOCK_KEY = 'idleLockMinutes';
// Key/value settings (no column, no migration): what the informativa and the PFI print.
const PRIVACY_KEY = 'privacy';
const PROMOTER_TUTORS_KEY = 'promoterTutors';

export type LocalSite = typeof sites.$inferSelect;

export function findLocalSite(ctx: ReadCtx): LocalSite | null {
  return ctx.db.select().from(sites).where(eq(sites.isLocal, true)).get() ?? null;
}

export function requireLocalSite(ctx: ReadCtx): LocalSite {
  const site = findLocalSite(ctx);
  if (!site) throw new AppError('CONFLICT', 'Lo sportello non è ancora configurato: completa la prima configurazione.');
  return site;
}

type Promoter = Settings['promoter'];
type PromoterColumns = Pick<LocalSite, `promoter${string}` & keyof LocalSite>;

/** Each promoter field and the `sites` column that stores it: one map, read both ways. */
const PROMOTER_COLUMN: { [K in keyof Promoter]: keyof PromoterColumns } = {
  name: 'promoterName',
  taxCode: 'promoterTaxCode',
  vatNumber: 'promoterVatNumber',
  address: 'promoterAddress',
  cap: 'promoterCap',
  comune: 'promoterComune',
  province: 'promoterProvince',
  legalRepName: 'promoterLegalRepName',
  legalRepRole: 'promoterLegalRepRole',
  accreditationRef: 'promoterAccreditationRef',
  email: 'promoterEmail',
  pec: 'promoterPec',
  phone: 'promoterPhone',
};
const PROMOTER_FIELDS = Object.keys(PROMOTER_COLUMN) as (keyof Promoter)[];

function promoterColumns(p: Promoter): PromoterColumns {
  return Object.fromEntries(PROMOTER_FIELDS.map((f) => [PROMOTER_COLUMN[f], p[f]])) as PromoterColumns;
}

function promoterFromSite(site: LocalSite): Promoter {
  return Object.fromEntries(PROMOTER_FIELDS.map((f) => [f, site[PROMOTER_COLUMN[f]]])) as Promoter;
}

export function readIdleLockMinutes(ctx: ReadCtx): number {
  const value = Number(readLocalValue(ctx, IDLE_LOCK_KEY));
  return Number.isInteger(value) && value > 0 ? value : DEFAULT_IDLE_LOCK_MINUTES;
}

function writeIdleLockMinutes(ctx: WriteCtx, minutes: number): void {
  writeLocalValue(ctx, IDLE_LOCK_KEY, minutes);
}

/** The stored privacy settings, or the defaults (no DPO, the default retention) when never set or unreadable. */
export function readPrivacySettings(ctx: ReadCtx): PrivacySettings {
  const parsed = privacySettingsSchema.safeParse(readLocalValue(ctx, PRIVACY_KEY));
  return parsed.success ? parsed.data : { dpoContact: null, retention: { ...DEFAULT_RETENTION } };
}

/**
 * Stores new retention periods (from «Da rivedere», decision 0027), the DPO's contact left as it is,
 * with one history line naming each period changed. The input is already validated: nothing here
 * clamps a number into range, a wrong one never reaches this far.
 */
export function updateRetention(ctx: WriteCtx, retention: RetentionPeriods): RetentionPeriods {
  return ctx.db.transaction(() => {
    const site = requireLocalSite(ctx);
    const before = readPrivacySettings(ctx);
    const keys = Object.keys(DEFAULT_RETENTION) as (keyof RetentionPeriods)[];
    const changes = keys
      .filter((k) => before.retention[k] !== retention[k])
      .map((k) => ({ field: `privacy.retention.${k}`, before: before.retention[k], after: retention[k] }));
    if (changes.length === 0) return before.retention;
    writeLocalValue(ctx, PRIVACY_KEY, { ...before, retention: { ...retention } });
    writeAudit(ctx, { entity: 'settings', entityId: site.id, action: 'update', changes });
    return readPrivacySettings(ctx).retention;
  });
}

/** Each promoter tutor's codice fiscale and role, as stored (entries that no longer parse are left out). */
export function readPromoterTutors(ctx: ReadCtx): PromoterTutorData[] {
  const stored = readLocalValue(ctx, PROMOTER_TUTORS_KEY);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) => {
    const parsed = promoterTutorSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export function readSettings(ctx: ReadCtx): Settings {
  const s = requireLocalSite(ctx);
  return {
    office: { name: s.name, code: s.code, kind: s.kind },
    promoter: promoterFromSite(s),
    idleLockMinutes: readIdleLockMinutes(ctx),
    privacy: readPrivacySettings(ctx),
    promoterTutors: readPromoterTutors(ctx),
  };
}

/** Creates the local office row. Called by setup, inside its transaction. */
export function createLocalSite(ctx: WriteCtx, input: Omit<Settings, 'idleLockMinutes'>): LocalSite {
  const row = {
    ...newRecordMeta(ctx, ctx.siteId),
    isLocal: true,
    name: input.office.name,
    code: input.office.code,
    kind: input.office.kind,
    ...promoterColumns(input.promoter),
  };
  ctx.db.insert(sites).values(row).run();
  writeIdleLockMinutes(ctx, DEFAULT_IDLE_LOCK_MINUTES);
  writeAudit(ctx, { entity: 'settings', entityId: ctx.siteId, action: 'create', changes: diffFields(null, row) });
  return requireLocalSite(ctx);
}

export function updateSettings(ctx: WriteCtx, input: Settings): Settings {
  return ctx.db.transaction(() => {
    const before = requireLocalSite(ctx);
    const beforeMinutes = readIdleLockMinutes(ctx);
    const patch = {
      name: input.office.name,
      code: input.office.code,
      kind: input.office.kind,
      ...promoterColumns(input.promoter),
    };
    const beforePrivacy = readPrivacySettings(ctx);
    const beforeTutors = readPromoterTutors(ctx);
    // Left out by the caller: kept as stored.
    const privacy = input.privacy ?? beforePrivacy;
    const tutors = input.promoterTutors ?? beforeTutors;
    const changes = diffFields(
      { ...before, idleLockMinutes: beforeMinutes, privacy: JSON.stringify(beforePrivacy), promoterTutors: JSON.stringify(beforeTutors) },
      { ...before, ...patch, idleLockMinutes: input.idleLockMinutes, privacy: JSON.stringify(privacy), promoterTutors: JSON.stringify(tutors) },
    );
    if (changes.length === 0) return readSettings(ctx);
    if ((patch.code !== before.code || patch.kind !== before.kind) && hasExchanged(ctx)) {
      // Every record this office wrote carries its code in its version (hlc): other offices know it by that code.
      const message = 'Il codice e il tipo di sede non si cambiano più dopo il primo scambio con l’ufficio regionale: gli altri uffici riconoscono i dati di questa sede da essi.';
      throw new AppError('VALIDATION', message, [{ path: patch.code !== before.code ? 'office.code' : 'office.kind', message }]);
    }
    ctx.db.update(sites).set({ ...patch, ...touchedMeta(ctx) }).where(eq(sites.id, before.id)).run();
    writeIdleLockMinutes(ctx, input.idleLockMinutes);
    writeLocalValue(ctx, PRIVACY_KEY, privacy);
    writeLocalValue(ctx, PROMOTER_TUTORS_KEY, tutors);
    writeAudit(ctx, { entity: 'settings', entityId: before.id, action: 'update', changes });
    return readSettings(ctx);
  });
}
