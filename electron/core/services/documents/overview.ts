/** What the documents tab shows: per kind what stops it and its versions, and whether the signing pack is complete. */
import { DOCUMENT_KINDS, type InternshipDocuments } from '@shared/api/documents';
import type { ReadCtx } from '../../context';
import { getAttendance } from '../internships/attendance';
import { requireInternship } from '../internships/internships';
import { documentsOf, toDocumentView } from './archive';
import { prepare } from './generate';
import { currentPackTerms, packGaps, signaturesWaiver } from './pack';

export function internshipDocuments(ctx: ReadCtx, internshipId: string, seesSpecial: boolean): InternshipDocuments {
  const row = requireInternship(ctx, internshipId);
  const rows = documentsOf(ctx, internshipId);
  const months = getAttendance(ctx, internshipId).months.map((m) => m.month);
  const waiver = signaturesWaiver(ctx, internshipId);
  const terms = currentPackTerms(ctx, internshipId);
  return {
    internshipId,
    kinds: DOCUMENT_KINDS.map((kind) => ({
      kind,
      // The register's readiness is asked for a month; here: is there any month to prepare.
      problems: prepare(ctx, { internshipId, kind, month: kind === 'registro' ? (months.at(0) ?? null) : null }, seesSpecial).problems,
      versions: rows.filter((r) => r.kind === kind).map((r) => toDocumentView(r, terms[kind])),
    })),
    signaturesComplete: packGaps(rows, terms).length === 0 || waiver !== null,
    signaturesWaiver: waiver,
    registerMonths: row.deletedAt ? [] : months,
  };
}

