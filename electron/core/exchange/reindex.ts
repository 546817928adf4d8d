/**
 * The search documents of records an import wrote, rebuilt with prepared statements:
 * the same document as a save writes (the areas' own `searchBody` functions), without building a query
 * per record, which is what a region's hundred thousand people need.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type { FtsTable } from '../search/fts-document';
import { searchBody as associationBody } from '../services/associations/search-index';
import { searchBody as candidateBody } from '../services/candidates/search-index';
import type { CandidateRecord } from '../services/candidates/mapping';
import { needSearchBody } from '../services/needs/search-index';

type Raw = Record<string, string | number | null>;

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? null : String(v));
const list = <T>(v: string | number | null | undefined): T[] => {
  if (typeof v !== 'string') return [];
  try {
    const parsed = JSON.parse(v) as unknown;
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
};

const DOCUMENTS: Record<string, FtsTable> = { associations: 'associations_fts', candidates: 'candidates_fts', needs: 'needs_fts' };

/**
 * Document rowids for the records an import creates, given to each record as it is inserted: the
 * document is written later (once the record's children are in), without writing the record twice.
 */
export class SearchRowids {
  private readonly next = new Map<string, number>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  /** A rowid no record and no document of the table uses; null for a table without documents. */
  take(table: string): number | null {
    const fts = DOCUMENTS[table];
    if (!fts) return null;
    let next = this.next.get(table);
    if (next === undefined) {
      const max = (sql: string) => (this.sqlite.prepare(sql).pluck().get() as number | null) ?? 0;
      next = Math.max(max(`SELECT max(search_rowid) FROM ${table}`), max(`SELECT max(rowid) FROM ${fts}`)) + 1;
    }
    this.next.set(table, next + 1);
    return next;
  }
}

export class Reindexer {
  private readonly statements = new Map<string, BetterSqlite3.Statement<unknown[]>>();

  /** `unwritten`: records that have a document rowid (from `SearchRowids`) but no document yet. */
  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly unwritten: ReadonlySet<string> = new Set(),
  ) {}

  private prepared(sql: string): BetterSqlite3.Statement<unknown[]> {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /**
   * New documents' rowids, written onto their records once the run of documents is over: an UPDATE
   * between two writes to an FTS5 table opens a statement savepoint, which makes FTS5 flush its pending
   * terms as a segment of one document (a region's import went from seconds to tens of seconds).
   */
  private readonly fresh: { table: string; id: string; rowid: number }[] = [];

  /** Rewrites one document and keeps its rowid on the record (plain rowids may change on VACUUM). */
  private document(fts: FtsTable, table: string, id: string, rowid: number | null, body: string): void {
    if (rowid !== null) {
      if (!this.unwritten.has(id)) this.prepared(`DELETE FROM ${fts} WHERE rowid = ?`).run(rowid);
      this.prepared(`INSERT INTO ${fts} (rowid, body) VALUES (?, ?)`).run(rowid, body);
      return;
    }
    this.fresh.push({ table, id, rowid: Number(this.prepared(`INSERT INTO ${fts} (body) VALUES (?)`).run(body).lastInsertRowid) });
  }

  /** Each new document's rowid onto its record. Called once a table's documents are all written. */
  private keepFreshRowids(): void {
    for (const f of this.fresh) this.prepared(`UPDATE ${f.table} SET search_rowid = ? WHERE id = ?`).run(f.rowid, f.id);
    this.fresh.length = 0;
  }

  associations(ids: Iterable<string>): void {
    for (const id of ids) {
      const a = this.prepared('SELECT * FROM associations WHERE id = ?').get(id) as Raw | undefined;
      if (!a) continue;
      const sites = (this.prepared('SELECT label, comune, address FROM association_sites WHERE association_id = ? AND deleted_at IS NULL').all(id) as Raw[]).map((s) => ({
        label: text(s.label),
        comune: String(s.comune),
        address: String(s.address),
      }));
      const body = associationBody(
        {
          searchRowid: a.search_rowid as number | null,
          name: String(a.name),
          taxCode: String(a.tax_code),
          vatNumber: text(a.vat_number),
          aicsAffiliation: text(a.aics_affiliation),
          committee: text(a.committee),
          registryNumber: text(a.registry_number),
          address: String(a.address),
          comune: String(a.comune),
          province: text(a.province),
          legalRepName: text(a.legal_rep_name),
          contactName: text(a.contact_name),
          email: text(a.email),
          pec: text(a.pec),
          sector: text(a.sector),
        },
        sites,
      );
      this.document('associations_fts', 'associations', id, a.search_rowid as number | null, body);
    }
    this.keepFreshRowids();
  }

  candidates(ids: Iterable<string>): void {
    for (const id of ids) {
      const c = this.prepared(
        `SELECT last_name, first_name, tax_code, birth_place, res_comune, dom_comune, citizenship, education_title, cpi, skills, experiences, notes, search_rowid
         FROM candidates WHERE id = ?`,
      ).get(id) as Raw | undefined;
      if (!c) continue;
      const notes = (this.prepared('SELECT text FROM candidate_notes WHERE candidate_id = ? AND deleted_at IS NULL').all(id) as { text: string }[]).map((n) => n.text);
      const skills = list<string>(c.skills);
      const record = {
        lastName: String(c.last_name),
        firstName: String(c.first_name),
        taxCode: String(c.tax_code),
        birthPlace: text(c.birth_place),
        resComune: text(c.res_comune),
        domComune: text(c.dom_comune),
        citizenship: text(c.citizenship),
        educationTitle: text(c.education_title),
        cpi: text(c.cpi),
        skills,
        experiences: list<unknown>(c.experiences),
        notes: text(c.notes),
      } as unknown as CandidateRecord;
      this.document('candidates_fts', 'candidates', id, c.search_rowid as number | null, candidateBody(record, notes));
    }
    this.keepFreshRowids();
  }

  needs(ids: Iterable<string>): void {
    for (const id of ids) {
      const n = this.prepared(
        `SELECT n.id, n.title, n.tasks, n.skills, n.notes, n.search_rowid, a.name, a.committee, coalesce(s.comune, a.comune) AS comune
         FROM needs n JOIN associations a ON a.id = n.association_id LEFT JOIN association_sites s ON s.id = n.operating_site_id WHERE n.id = ?`,
      ).get(id) as Raw | undefined;
      if (!n) continue;
      const body = needSearchBody(
        { title: String(n.title), tasks: text(n.tasks), skills: list<string>(n.skills), notes: text(n.notes) },
        { name: String(n.name), committee: text(n.committee) },
        String(n.comune),
      );
      this.document('needs_fts', 'needs', id, n.search_rowid as number | null, body);
    }
    this.keepFreshRowids();
  }
}
