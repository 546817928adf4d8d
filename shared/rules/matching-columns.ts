/**
 * The ranking's hot loop over everyone, column by column (issue 17). `matching.ts` stays the
 * definition: it scores one person and writes the reasons. Scoring 100,000 people through it
 * means a closure call, a Map lookup per text and an object per person; here the people are kept
 * as typed arrays of small integers (each comune, province, skill, shift, licence and category
 * interned once) and a need is compiled into numbers, so a ranking is a few passes of arithmetic.
 * Every formula below is the one in `matching.ts`, in the same order of operations, so the two
 * give the same score to the last rounding; `matching-columns.test.ts` checks it on random people,
 * needs and weights.
 */
import { isRestrictedCategory, RESTRICTED_CATEGORY_VALUE } from '../domain/person';
import { gathered, ImageError, sameLength, type ImageReader, type ImageWriter } from './columnar-image';
import { dayNumber, Dictionary, folded, grown, ListColumn, NO_DATE } from './column-parts';
import { fold, licencesMeeting, type CandidateFacts, type MatchWeights, type NeedRequirements } from './matching';

/** A person as the columns need them: the facts, the sort key and whether they are available. */
export interface ColumnRecord {
  id: string;
  nameKey: string;
  available: boolean;
  facts: CandidateFacts;
}

/**
 * Everyone's facts in columns. A slot is a person; a changed person is written over their slot,
 * a removed one is marked dead, a new one takes the next slot. `set` and `delete` make it a store
 * the change log can keep up to date (`change-log-cache.ts`).
 */
export class CandidateColumns {
  texts = new Dictionary();
  private slots = new Map<string, number>();
  count = 0;
  ids: string[] = [];
  nameKeys: string[] = [];
  alive = new Uint8Array(1024);
  available = new Uint8Array(1024);
  comune = new Int32Array(1024);
  province = new Int32Array(1024);
  /** NaN when not given. */
  hours = new Float64Array(1024);
  ownVehicle = new Uint8Array(1024);
  /** -1 when not given. */
  education = new Int32Array(1024);
  category = new Int32Array(1024);
  /** The category as a role without the clearance weighs it: a protected one folded (decision 0026). */
  categoryFolded = new Int32Array(1024);
  availableFrom = new Int32Array(1024);
  skills = new ListColumn();
  shifts = new ListColumn();
  licences = new ListColumn();
  /** The number of each comune and skill as written: folding every person's values again was a fifth of a cold load. */
  private readonly comuneIds = new Map<string, number>();
  private readonly skillIds = new Map<string, number>();

  get size(): number {
    return this.slots.size;
  }

  /** A live person's slot: the other stores of the same people (list filters, skills in use) index by it. */
  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  set(id: string, record: ColumnRecord): void {
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.count++;
      this.slots.set(id, slot);
      if (slot >= this.alive.length) this.grow(slot + 1);
    }
    const f = record.facts;
    const t = this.texts;
    this.ids[slot] = id;
    this.nameKeys[slot] = record.nameKey;
    this.alive[slot] = 1;
    this.available[slot] = record.available ? 1 : 0;
    this.comune[slot] = f.comune === null ? 0 : folded(this.comuneIds, f.comune, (c) => t.id(`c:${fold(c)}`));
    this.province[slot] = f.province === null ? 0 : t.id(`p:${f.province}`);
    this.hours[slot] = f.hoursPerWeek === null ? Number.NaN : f.hoursPerWeek;
    this.ownVehicle[slot] = f.ownVehicle ? 1 : 0;
    this.education[slot] = f.educationRank === null ? -1 : f.educationRank;
    this.category[slot] = f.targetCategory === null ? 0 : t.id(`k:${f.targetCategory}`);
    this.categoryFolded[slot] = f.targetCategory === null ? 0 : t.id(`k:${isRestrictedCategory(f.targetCategory) ? RESTRICTED_CATEGORY_VALUE : f.targetCategory}`);
    this.availableFrom[slot] = dayNumber(f.availableFrom);
    // A skill named twice ("Cucina", "cucina") is one skill, as in matching.ts's count.
    this.skills.set(slot, [...new Set(f.skills.map((s) => folded(this.skillIds, s, (k) => t.id(`s:${fold(k)}`))))]);
    this.shifts.set(slot, f.shifts.map((s) => t.id(`t:${s}`)));
    this.licences.set(slot, f.licences.map((l) => t.id(`l:${l}`)));
  }

  delete(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.alive[slot] = 0;
  }

  /** The live slots, in order: the image keeps only them, renumbered (`slotsAfterImage` maps old to new). */
  liveSlots(): Int32Array {
    const live = new Int32Array(this.slots.size);
    let n = 0;
    for (let slot = 0; slot < this.count; slot++) if (this.alive[slot]) live[n++] = slot;
    return live;
  }

  image(out: ImageWriter, live: Int32Array): void {
    out.json('texts', this.texts.list());
    out.json('ids', Array.from(live, (slot) => this.ids[slot]!));
    out.json('nameKeys', Array.from(live, (slot) => this.nameKeys[slot]!));
    for (const [name, array] of this.perSlot()) out.array(name, gathered(array, live));
    this.skills.image(out, 'skills', live);
    this.shifts.image(out, 'shifts', live);
    this.licences.image(out, 'licences', live);
  }

  static of(from: ImageReader): CandidateColumns {
    const c = new CandidateColumns();
    c.texts = Dictionary.of(from.strings('texts'));
    c.ids = from.strings('ids');
    c.nameKeys = from.strings('nameKeys');
    c.count = c.ids.length;
    if (c.nameKeys.length !== c.count) throw new ImageError('nameKeys');
    c.alive = from.u8('alive');
    c.available = from.u8('available');
    c.comune = from.i32('comune');
    c.province = from.i32('province');
    c.hours = from.f64('hours');
    c.ownVehicle = from.u8('ownVehicle');
    c.education = from.i32('education');
    c.category = from.i32('category');
    c.categoryFolded = from.i32('categoryFolded');
    c.availableFrom = from.i32('availableFrom');
    sameLength(c.count, ...c.perSlot().map(([, a]) => a));
    c.skills = ListColumn.of(from, 'skills', c.count);
    c.shifts = ListColumn.of(from, 'shifts', c.count);
    c.licences = ListColumn.of(from, 'licences', c.count);
    c.slots = new Map(c.ids.map((id, slot) => [id, slot]));
    if (c.slots.size !== c.count || !c.alive.every((a) => a === 1)) throw new ImageError('slots');
    return c;
  }

  private perSlot(): [string, Uint8Array | Int32Array | Float64Array][] {
    return [
      ['alive', this.alive],
      ['available', this.available],
      ['comune', this.comune],
      ['province', this.province],
      ['hours', this.hours],
      ['ownVehicle', this.ownVehicle],
      ['education', this.education],
      ['category', this.category],
      ['categoryFolded', this.categoryFolded],
      ['availableFrom', this.availableFrom],
    ];
  }

  private grow(capacity: number): void {
    this.alive = grown(this.alive, capacity);
    this.available = grown(this.available, capacity);
    this.comune = grown(this.comune, capacity);
    this.province = grown(this.province, capacity);
    this.hours = grown(this.hours, capacity);
    this.ownVehicle = grown(this.ownVehicle, capacity);
    this.education = grown(this.education, capacity);
    this.category = grown(this.category, capacity);
    this.categoryFolded = grown(this.categoryFolded, capacity);
    this.availableFrom = grown(this.availableFrom, capacity);
    this.skills.grow(capacity);
    this.shifts.grow(capacity);
    this.licences.grow(capacity);
  }
}

/** Not scored: dead, or left out because not available. */
export const NOT_SCORED = 255;

const points = (fraction: number, weight: number) => Math.round(fraction * weight * 10) / 10;

/**
 * Scores every person for one need: `scores[slot]` is 0–100, or NOT_SCORED for the slots left
 * out. `seesRestricted` false weighs the folded categories (pass the need folded too).
 */
export function scoreColumns(
  columns: CandidateColumns,
  need: NeedRequirements,
  weights: MatchWeights,
  options: { includeUnavailable: boolean; seesRestricted: boolean },
): { scores: Uint8Array; scored: number } {
  const n = columns.count;
  const t = columns.texts;
  const earned = new Float64Array(n);
  let possible = 0;
  const weightOf = (name: keyof MatchWeights) => Math.max(0, weights[name]);

  // The factors in matching.ts's order, each only when the need asks it and its weight is above 0.
  let w = weightOf('skills');
  if (w > 0 && need.skills.length > 0) {
    possible += w;
    const asked = [...new Set(need.skills.map((s) => fold(s)))];
    const mark = new Uint8Array(t.size);
    for (const key of asked) {
      const id = t.find(`s:${key}`);
      if (id > 0) mark[id] = 1;
    }
    const { start, length, values } = columns.skills;
    for (let i = 0; i < n; i++) {
      const len = length[i]!;
      let matched = 0;
      for (let k = start[i]!, end = k + len; k < end; k++) matched += mark[values[k]!]!;
      earned[i]! += points(len === 0 ? 0 : matched / asked.length, w);
    }
  }
  w = weightOf('place');
  if (w > 0 && (need.comune || need.province)) {
    possible += w;
    const comune = need.comune ? t.find(`c:${fold(need.comune)}`) : -1;
    const province = need.province !== null ? t.find(`p:${need.province}`) : -1;
    const same = points(1, w);
    const near = points(0.6, w);
    const far = points(0, w);
    for (let i = 0; i < n; i++) {
      const c = columns.comune[i]!;
      earned[i]! += comune > 0 && c === comune ? same : province > 0 && columns.province[i] === province ? near : far;
    }
  }
  w = weightOf('hours');
  if (w > 0 && (need.hoursPerWeek !== null || need.shifts.length > 0)) {
    possible += w;
    const hours = need.hoursPerWeek;
    const askedShifts = need.shifts.map((s) => t.find(`t:${s}`));
    const { start, length, values } = columns.shifts;
    for (let i = 0; i < n; i++) {
      let f = 1;
      if (hours !== null) {
        const h = columns.hours[i]!;
        if (Number.isNaN(h)) f -= 0.25;
        else if (h < hours) f -= 0.5 * (1 - h / hours) + 0.25;
      }
      if (askedShifts.length > 0) {
        const len = length[i]!;
        if (len === 0) f -= 0.25;
        else {
          let missing = 0;
          const from = start[i]!;
          for (const s of askedShifts) {
            let has = false;
            for (let k = from; k < from + len; k++) if (values[k] === s) has = true;
            if (!has) missing++;
          }
          f -= 0.5 * (missing / askedShifts.length);
        }
      }
      earned[i]! += points(Math.max(0, Math.min(1, f)), w);
    }
  }
  w = weightOf('licence');
  if (w > 0 && (need.licence || need.vehicleNeeded)) {
    possible += w;
    const licence = need.licence;
    const meets = new Uint8Array(t.size);
    if (licence) for (const l of licencesMeeting(licence)) if (t.find(`l:${l}`) > 0) meets[t.find(`l:${l}`)] = 1;
    const parts = (licence ? 1 : 0) + (need.vehicleNeeded ? 1 : 0);
    const { start, length, values } = columns.licences;
    for (let i = 0; i < n; i++) {
      let holds = 0;
      if (licence) for (let k = start[i]!, end = k + length[i]!; k < end; k++) if (meets[values[k]!]) holds = 1;
      const licencePart = licence ? holds : 0;
      const vehiclePart = need.vehicleNeeded ? columns.ownVehicle[i]! : 0;
      earned[i]! += points((licencePart + vehiclePart) / parts, w);
    }
  }
  w = weightOf('education');
  if (w > 0 && need.educationRank !== null) {
    possible += w;
    const required = need.educationRank;
    const unknown = points(0.3, w);
    const enough = points(1, w);
    const below = points(0, w);
    for (let i = 0; i < n; i++) {
      const e = columns.education[i]!;
      earned[i]! += e === -1 ? unknown : e >= required ? enough : below;
    }
  }
  w = weightOf('category');
  if (w > 0 && need.categories.length > 0) {
    possible += w;
    const asksProtected = need.categories.includes(RESTRICTED_CATEGORY_VALUE);
    const restricted = t.find(`k:${RESTRICTED_CATEGORY_VALUE}`);
    const fits = new Uint8Array(t.size);
    for (const c of need.categories) {
      const id = t.find(`k:${c}`);
      if (id > 0) fits[id] = 1;
    }
    const category = options.seesRestricted ? columns.category : columns.categoryFolded;
    const half = points(asksProtected ? 0.5 : 0, w);
    const fit = points(1, w);
    const none = points(0, w);
    for (let i = 0; i < n; i++) {
      const c = category[i]!;
      earned[i]! += c > 0 && c === restricted ? half : c > 0 && fits[c] ? fit : none;
    }
  }
  w = weightOf('availability');
  if (w > 0 && need.startDate) {
    possible += w;
    const start = dayNumber(need.startDate);
    const inTime = points(1, w);
    const late = points(0, w);
    for (let i = 0; i < n; i++) {
      const from = columns.availableFrom[i]!;
      earned[i]! += from === NO_DATE || from <= start ? inTime : late;
    }
  }

  const scores = new Uint8Array(n);
  let scored = 0;
  for (let i = 0; i < n; i++) {
    if (!columns.alive[i] || (!options.includeUnavailable && !columns.available[i])) {
      scores[i] = NOT_SCORED;
      continue;
    }
    scores[i] = possible === 0 ? 0 : Math.round((earned[i]! / possible) * 100);
    scored++;
  }
  return { scores, scored };
}
