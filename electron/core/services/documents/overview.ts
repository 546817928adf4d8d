/** What the documents tab shows: per kind what stops it and its versions, and whether the signing pack is complete. */
import { DOCUMENT_KINDS, type InternshipDocuments } from '../../../../shared/api/documents';
import type { ServiceContext } from '../../context';
import type { Db } from '../../db/connection';
import { getAttendance } from '../internships/attendance';
import { requireInternship } from '../internships/internships';
import { documentsOf, toDocumentView } from './archive';
import { prepare } from './generate';
import { currentPackTerms, packGaps, signaturesWaiver } from './pack';

export function internshipDocuments(db: Db, sqlite: ServiceContext['sqlite'], internshipId: string, today: string, seesSpecial: boolean): InternshipDocuments {
  const row = requireInternship(db, internshipId);
  const rows = documentsOf(db, internshipId);
  const months = getAttendance(db, internshipId, today).months.map((m) => m.month);
  const waiver = signaturesWaiver(db, internshipId);
  const terms = currentPackTerms(db, internshipId, today);
  return {
    internshipId,
    kinds: DOCUMENT_KINDS.map((kind) => ({
      kind,
      // The register's readiness is asked for a month; here: is there any month to prepare.
      problems: prepare(db, sqlite, { internshipId, kind, month: kind === 'registro' ? (months.at(0) ?? null) : null }, today, seesSpecial).problems,
      versions: rows.filter((r) => r.kind === kind).map((r) => toDocumentView(r, terms[kind])),
    })),
    signaturesComplete: packGaps(rows, terms).length === 0 || waiver !== null,
    signaturesWaiver: waiver,
    registerMonths: row.deletedAt ? [] : months,
  };
}

