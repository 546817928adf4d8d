/**
 * The search documents and skill lists of records an import wrote, rebuilt with prepared statements:
 * the same document as a save writes (the areas' own `searchBody` functions), without building a query
 * per record, which is what a region's hundred thousand people need.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { foldText } from '../../../shared/validation/text';
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

export class Reindexer {
  private readonly statements = new Map<string, BetterSqlite3.Statement<unknown[]>>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  private prepared(sql: string): BetterSqlite3.Statement<unknown[]> {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.sqlite.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Rewrites one document and keeps its rowid on the record (plain rowids may change on VACUUM). */
  private document(fts: FtsTable, table: string, id: string, rowid: number | null, body: string): void {
    if (rowid !== null) {
      this.prepared(`DELETE FROM ${fts} WHERE rowid = ?`).run(rowid);
      this.prepared(`INSERT INTO ${fts} (rowid, body) VALUES (?, ?)`).run(rowid, body);
      return;
    }
    const fresh = Number(this.prepared(`INSERT INTO ${fts} (body) VALUES (?)`).run(body).lastInsertRowid);
    this.prepared(`UPDATE ${table} SET search_rowid = ? WHERE id = ?`).run(fresh, id);
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
  }

  candidates(ids: Iterable<string>): void {
    for (const id of ids) {
      const c = this.prepared('SELECT * FROM candidates WHERE id = ?').get(id) as Raw | undefined;
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
      this.prepared('DELETE FROM candidate_skills WHERE candidate_id = ?').run(id);
      if (c.deleted_at === null) {
        for (const skill of skills) this.prepared('INSERT OR IGNORE INTO candidate_skills (candidate_id, skill, skill_key) VALUES (?, ?, ?)').run(id, skill, foldText(skill));
      }
    }
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
  }
}
