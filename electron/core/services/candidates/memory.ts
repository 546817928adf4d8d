/**
 * The live profiles kept in memory (issues 8 and 17): reading 100,000 rows from SQLite takes most
 * of a second, so the ranking's facts, the list's filters and the skills in use are read once and only the records
 * written since the last use are read again (`change-log-cache.ts`, fed by triggers).
 */
import { ImageReader, ImageWriter, type ColumnarImage } from '@shared/rules/columnar-image';
import { CandidateColumns, type ColumnRecord } from '@shared/rules/matching-columns';
import type { CandidateFacts } from '@shared/rules/matching';
import type { ReadCtx } from '../../context';
import { parseStringArrayColumn } from '../../db/json-column';
import type BetterSqlite3 from 'better-sqlite3';
import { imageStore } from '../../memory-image/image-store';
import { changeLogCache, placeholders, type CacheOrigin, type SaveOutcome } from '../matches/change-log-cache';
import { ListFilterColumns, type FilterRecord } from './list-filter-columns';
import { SkillVocabulary } from './skill-vocabulary';

export interface RawCandidate {
  id: string;
  name_sort: string;
  status: string;
  res_comune: string | null;
  res_province: string | null;
  domicile_same: number;
  dom_comune: string | null;
  dom_province: string | null;
  hours_per_week: number | null;
  skills: string;
  shifts: string;
  driving_licences: string;
  own_vehicle: number;
  education_rank: number | null;
  target_category: string | null;
  available_from: string | null;
  search_rowid: number | null;
  res_comune_sort: string | null;
  operator_id: string | null;
  site_id: string;
  birth_date: string | null;
}

const CANDIDATE_COLUMNS = `id, name_sort, status, res_comune, res_province, domicile_same, dom_comune, dom_province, hours_per_week, skills, shifts, driving_licences,
  own_vehicle, education_rank, target_category, available_from, search_rowid, res_comune_sort, operator_id, site_id, birth_date`;

type RawValues = [string, string, string, string | null, string | null, number, string | null, string | null, number | null, string, string, string, number, number | null, string | null, string | null, number | null, string | null, string | null, string, string | null];

/**
 * A row read as an array (better-sqlite3's `raw()`), in CANDIDATE_COLUMNS' order: a third quicker
 * than letting the driver build an object per row, over the 100,000 rows of a cold load.
 */
function fromValues(v: RawValues): RawCandidate {
  return {
    id: v[0], name_sort: v[1], status: v[2], res_comune: v[3], res_province: v[4], domicile_same: v[5], dom_comune: v[6], dom_province: v[7],
    hours_per_week: v[8], skills: v[9], shifts: v[10], driving_licences: v[11], own_vehicle: v[12], education_rank: v[13], target_category: v[14],
    available_from: v[15], search_rowid: v[16], res_comune_sort: v[17], operator_id: v[18], site_id: v[19], birth_date: v[20],
  };
}

/**
 * The JSON lists here are read with `parseStringArrayColumn`, the cheap check of db/json-column.ts, not
 * with zod: `loadAll` turns every live person (100,000 rows) and every open need into facts on a cold
 * start. A damaged value still throws naming its column; codes outside their list are not looked for.
 */
export function factsOf(r: RawCandidate): CandidateFacts {
  const livesAtDomicile = r.domicile_same === 0 && r.dom_comune !== null;
  return {
    id: r.id,
    name: r.name_sort,
    skills: parseStringArrayColumn('candidates.skills', r.skills),
    // A person domiciled elsewhere (a shelter, a fictitious residence, a student) lives at the domicile.
    comune: livesAtDomicile ? r.dom_comune : r.res_comune,
    province: livesAtDomicile ? r.dom_province : r.res_province,
    hoursPerWeek: r.hours_per_week,
    shifts: parseStringArrayColumn('candidates.shifts', r.shifts),
    licences: parseStringArrayColumn('candidates.driving_licences', r.driving_licences),
    ownVehicle: r.own_vehicle === 1,
    educationRank: r.education_rank,
    targetCategory: r.target_category,
    availableFrom: r.available_from,
  };
}

/** A person as both memories keep them. */
export interface InMemory {
  column: ColumnRecord;
  filter: FilterRecord;
}

export function memoryRecord(r: RawCandidate): InMemory {
  const facts = factsOf(r);
  return {
    column: { id: r.id, nameKey: r.name_sort, available: r.status === 'attivo', facts },
    filter: {
      searchRowid: r.search_rowid,
      status: r.status,
      resProvince: r.res_province,
      resComuneSort: r.res_comune_sort,
      targetCategory: r.target_category,
      operatorId: r.operator_id,
      siteId: r.site_id,
      birthDate: r.birth_date,
      educationRank: r.education_rank,
      availableFrom: r.available_from,
      ownVehicle: r.own_vehicle === 1,
      shifts: facts.shifts,
      licences: facts.licences,
    },
  };
}

/**
 * Every live profile in memory, read once and kept up to date from the change log: the ranking's
 * columns (shared/rules/matching-columns.ts), the list's filters (list-filter-columns.ts) and the
 * skills in use (skill-vocabulary.ts). One store for all, because the log is emptied by the one
 * that reads it.
 */
export class CandidateMemory {
  constructor(
    readonly columns = new CandidateColumns(),
    readonly filters = new ListFilterColumns(),
    readonly vocabulary = new SkillVocabulary(),
  ) {}

  /** The live people only, renumbered in slot order (decision 0036). */
  image(): ColumnarImage {
    const image: ColumnarImage = { arrays: {}, json: {} };
    const live = this.columns.liveSlots();
    this.columns.image(new ImageWriter(image, 'columns'), live);
    this.filters.image(new ImageWriter(image, 'filters'), live);
    this.vocabulary.image(new ImageWriter(image, 'vocabulary'), live);
    return image;
  }

  /** Throws ImageError when the parts are not a whole memory. */
  static of(image: ColumnarImage): CandidateMemory {
    const columns = CandidateColumns.of(new ImageReader(image, 'columns'));
    return new CandidateMemory(
      columns,
      ListFilterColumns.of(new ImageReader(image, 'filters'), columns.count),
      SkillVocabulary.of(new ImageReader(image, 'vocabulary'), columns.count),
    );
  }

  set(id: string, r: InMemory): void {
    this.columns.set(id, r.column);
    const slot = this.columns.slotOf(id)!;
    this.filters.set(slot, r.filter);
    this.vocabulary.set(slot, r.column.facts.skills);
  }
  /** The ids of live people in these slots. */
  idsOf(slots: readonly number[]): string[] {
    return slots.map((slot) => this.columns.ids[slot]!);
  }
  delete(id: string): void {
    const slot = this.columns.slotOf(id);
    if (slot === undefined) return;
    this.columns.delete(id);
    this.filters.delete(slot);
    this.vocabulary.delete(slot);
  }
}

/** Every live profile read from the table, without keeping an object per person (a start without an image). */
export function memoryFromRows(sqlite: BetterSqlite3.Database): CandidateMemory {
  const memory = new CandidateMemory();
  for (const values of sqlite.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE deleted_at IS NULL`).raw().iterate() as Iterable<RawValues>) {
    const r = fromValues(values);
    memory.set(r.id, memoryRecord(r));
  }
  return memory;
}

/** The cold load walks the rows once, without keeping an object per person; a start after a clean close reads the image instead. */
const candidatesCache = changeLogCache<InMemory, CandidateMemory>({
  image: imageStore({ name: 'candidates', log: 'candidate_changes', image: (memory) => memory.image(), restore: (image) => CandidateMemory.of(image) }),
  log: 'candidate_changes',
  idColumn: 'candidate_id',
  loadAll: memoryFromRows,
  loadSome: (sqlite, ids) => {
    const rows = sqlite
      .prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE deleted_at IS NULL AND id IN (${placeholders(ids)})`)
      .all(...ids) as RawCandidate[];
    return new Map(rows.map((r) => [r.id, memoryRecord(r)]));
  },
});

/** Every live profile in memory, up to date with the database. */
export function candidateMemory(ctx: ReadCtx): CandidateMemory {
  return candidatesCache(ctx.sqlite);
}

/** Keeps the memory for the next start (Core's clean close): nothing when it was never loaded. */
export function saveCandidateMemory(sqlite: BetterSqlite3.Database): SaveOutcome {
  return candidatesCache.save(sqlite);
}

/** Whether this connection's memory was read from the image or from the rows (tests, bench). */
export function candidateMemoryOrigin(sqlite: BetterSqlite3.Database): CacheOrigin | null {
  return candidatesCache.origin(sqlite);
}

/** One profile's row as the memory reads it (the facts of one person, read now). */
export function readCandidateRow(ctx: ReadCtx, id: string): RawCandidate | undefined {
  return ctx.sqlite.prepare(`SELECT ${CANDIDATE_COLUMNS} FROM candidates WHERE id = ?`).get(id) as RawCandidate | undefined;
}
