/**
 * Birthplaces and residences by Belfiore (catasto) code: the comuni, current and suppressed, and
 * the foreign states, from resources/reference/places.json (see the README there for source
 * and licence). Imported as JSON so every bundler (electron-vite, tsx, vitest) carries it along;
 * the lookup tables are built on first use, once.
 */
import placesFile from '../../../resources/reference/places.json';
import { foldText, sortKey } from '@shared/validation/text';

export type PlaceKind = 'comune' | 'stato';

export interface Place {
  code: string;
  name: string;
  province: string | null;
  kind: PlaceKind;
}

/** One row of places.json: [code, name, province, 'C' | 'S', validFrom, validTo]. */
export type PlaceRow = readonly (string | null)[];

interface PlaceRecord extends Place {
  /** 'YYYY-MM-DD', null when not known. */
  validFrom: string | null;
  /** 'YYYY-MM-DD', last day in use; null while in use. */
  validTo: string | null;
}

interface SearchEntry {
  place: Place;
  /** Letters and digits only, so "sant elia", "sant'elia" and "santelia" all match. */
  compact: string;
}

export interface PlaceIndex {
  placeByCode(code: string, onDate?: string): Place | null;
  searchComuni(prefix: string, limit?: number): Place[];
}

const CODE = /^[A-Z]\d{3}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function optionalDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!DATE.test(value)) throw new Error(`places.json: bad date ${value}`);
  return value;
}

function toRecord(row: PlaceRow): PlaceRecord {
  const [code, name, province, kind, validFrom, validTo] = row;
  // A broken data file should stop the core at the first lookup, not return half a place.
  if (!code || !CODE.test(code) || !name || (kind !== 'C' && kind !== 'S')) {
    throw new Error(`places.json: bad row ${JSON.stringify(row)}`);
  }
  return {
    code,
    name,
    province: province ?? null,
    kind: kind === 'C' ? 'comune' : 'stato',
    validFrom: optionalDate(validFrom),
    validTo: optionalDate(validTo),
  };
}

function compactKey(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

function asPlace({ code, name, province, kind }: PlaceRecord): Place {
  return { code, name, province, kind };
}

function validOn(record: PlaceRecord, date: string): boolean {
  return (record.validFrom ?? '0000-00-00') <= date && date <= (record.validTo ?? '9999-99-99');
}

/** The record in use last: one still in use, else the one that ceased latest. */
function mostRecent(records: readonly PlaceRecord[]): PlaceRecord | undefined {
  let best: PlaceRecord | undefined;
  for (const record of records) {
    const end = record.validTo ?? '9999-99-99';
    const bestEnd = best ? (best.validTo ?? '9999-99-99') : '';
    if (!best || end > bestEnd || (end === bestEnd && (record.validFrom ?? '') > (best.validFrom ?? ''))) {
      best = record;
    }
  }
  return best;
}

export function createPlaceIndex(rows: readonly PlaceRow[]): PlaceIndex {
  const byCode = new Map<string, PlaceRecord[]>();
  const comuni: SearchEntry[] = [];
  for (const row of rows) {
    const record = toRecord(row);
    const list = byCode.get(record.code);
    if (list) list.push(record);
    else byCode.set(record.code, [record]);
    // Residence and domicile are in a comune that exists today.
    if (record.kind === 'comune' && record.validTo === null) {
      comuni.push({ place: asPlace(record), compact: compactKey(record.name) });
    }
  }
  const collator = new Intl.Collator('it');
  comuni.sort(
    (a, b) =>
      collator.compare(sortKey(a.place.name), sortKey(b.place.name)) ||
      collator.compare(a.place.province ?? '', b.place.province ?? ''),
  );

  return {
    placeByCode(code, onDate) {
      const records = byCode.get(code.trim().toUpperCase());
      if (!records) return null;
      const onTheDay = onDate && DATE.test(onDate) ? records.find((r) => validOn(r, onDate)) : undefined;
      const record = onTheDay ?? mostRecent(records);
      return record ? asPlace(record) : null;
    },

    searchComuni(prefix, limit = 20) {
      const wanted = compactKey(prefix);
      if (wanted === '' || limit <= 0) return [];
      const exact: Place[] = [];
      const starting: Place[] = [];
      for (const entry of comuni) {
        if (entry.compact === wanted) exact.push(entry.place);
        else if (entry.compact.startsWith(wanted)) starting.push(entry.place);
      }
      return [...exact, ...starting].slice(0, limit);
    },
  };
}

let defaultIndex: PlaceIndex | null = null;

function index(): PlaceIndex {
  defaultIndex ??= createPlaceIndex(placesFile.places);
  return defaultIndex;
}

/**
 * The place with this Belfiore code. When the code was used by several places over time, the
 * one in use on `onDate` ('YYYY-MM-DD', e.g. the birth date), else the most recent one.
 */
export function placeByCode(code: string, onDate?: string): Place | null {
  return index().placeByCode(code, onDate);
}

/**
 * Current comuni whose name starts with the typed text, ignoring case, accents, spaces and
 * apostrophes: an exact match first, then in alphabetical order.
 */
export function searchComuni(prefix: string, limit = 20): Place[] {
  return index().searchComuni(prefix, limit);
}

/** "Torino (TO)", "Marocco (stato estero)". */
export function describePlace(place: Place): string {
  if (place.kind === 'stato') return `${place.name} (stato estero)`;
  return place.province ? `${place.name} (${place.province})` : place.name;
}
