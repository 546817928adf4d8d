/**
 * People with the same codice fiscale registered at two offices: the import proposes a merge and a
 * coordinator decides, with the candidates' own merge screen (its files, proposals and documents
 * follow the survivor) or by saying they are not the same person. Never automatic.
 */
import { AppError } from '@shared/api/errors';
import type { DuplicateProposal } from '@shared/api/exchange';
import type { ReadCtx, WriteCtx } from '../../context';
import { writeAudit } from '../audit/audit-log';

interface ProposalRow {
  first_id: string;
  second_id: string;
  tax_code: string;
  proposed_at: string;
  status: 'proposta' | 'unita' | 'respinta';
  note: string | null;
  decided_at: string | null;
  decided_by: string | null;
}

interface PersonRow {
  id: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  res_comune: string | null;
  hlc: string;
  deleted_at: string | null;
  merged_into: string | null;
  code: string | null;
}

function person(ctx: ReadCtx, id: string): PersonRow | undefined {
  return ctx.sqlite
    .prepare(
      `SELECT c.id, c.first_name, c.last_name, c.birth_date, c.res_comune, c.hlc, c.deleted_at, c.merged_into, s.code
       FROM candidates c LEFT JOIN sites s ON s.id = c.site_id WHERE c.id = ?`,
    )
    .get(id) as PersonRow | undefined;
}

/**
 * Called by the candidates' merge, in its transaction: a proposal for exactly these two profiles is
 * settled as merged, with who and when. Other proposals stay as they are.
 */
export function settleProposalOnMerge(ctx: WriteCtx, a: string, b: string): void {
  const [first, second] = a < b ? [a, b] : [b, a];
  ctx.sqlite
    .prepare("UPDATE exchange_duplicates SET status = 'unita', decided_at = ?, decided_by = ? WHERE status = 'proposta' AND first_id = ? AND second_id = ?")
    .run(ctx.now().toISOString(), ctx.actor.name, first, second);
}

function toProposal(ctx: ReadCtx, row: ProposalRow): DuplicateProposal {
  const people = [row.first_id, row.second_id].map((id) => person(ctx, id)).filter((p): p is PersonRow => Boolean(p));
  return {
    firstId: row.first_id,
    secondId: row.second_id,
    taxCode: row.tax_code,
    proposedAt: row.proposed_at,
    status: row.status,
    note: row.note,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    people: people.map((p) => ({
      id: p.id,
      name: `${p.last_name} ${p.first_name}`,
      officeCode: p.code ?? '—',
      birthDate: p.birth_date,
      comune: p.res_comune,
      hlc: p.hlc,
      live: p.deleted_at === null && p.merged_into === null,
    })),
  };
}

export function listDuplicates(ctx: ReadCtx, status: 'proposta' | 'unita' | 'respinta'): DuplicateProposal[] {
  const rows = ctx.sqlite.prepare('SELECT * FROM exchange_duplicates WHERE status = ? ORDER BY proposed_at DESC, tax_code').all(status) as ProposalRow[];
  return rows.map((r) => toProposal(ctx, r));
}

export function countProposedDuplicates(ctx: ReadCtx): number {
  return (ctx.sqlite.prepare("SELECT count(*) AS n FROM exchange_duplicates WHERE status = 'proposta'").get() as { n: number }).n;
}

export function dismissDuplicate(ctx: WriteCtx, firstId: string, secondId: string, note: string): DuplicateProposal {
  return ctx.db.transaction(() => {
    const [a, b] = firstId < secondId ? [firstId, secondId] : [secondId, firstId];
    const row = ctx.sqlite.prepare('SELECT * FROM exchange_duplicates WHERE first_id = ? AND second_id = ?').get(a, b) as ProposalRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Proposta di unione non trovata.');
    if (row.status !== 'proposta') throw new AppError('CONFLICT', 'Questa proposta è già stata decisa da un collega: la pagina è stata aggiornata.');
    ctx.sqlite
      .prepare("UPDATE exchange_duplicates SET status = 'respinta', decided_at = ?, decided_by = ?, note = ? WHERE first_id = ? AND second_id = ?")
      .run(ctx.now().toISOString(), ctx.actor.name, note, a, b);
    for (const [id, other] of [
      [a, b],
      [b, a],
    ] as const) {
      writeAudit(ctx, { entity: 'candidates', entityId: id, action: 'update', changes: [{ field: 'nonDoppioneDi', before: null, after: `${other}: ${note}` }] });
    }
    return toProposal(ctx, ctx.sqlite.prepare('SELECT * FROM exchange_duplicates WHERE first_id = ? AND second_id = ?').get(a, b) as ProposalRow);
  });
}
