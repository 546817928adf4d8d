/** Between validated form data, table rows and the contract's shapes. */
import {
  candidateFields,
  educationRank,
  type Attachment,
  type Candidate,
  type CandidateData,
  type CandidateNote,
} from '@shared/api/candidates';
import { sortKey } from '@shared/validation/text';
import type { candidateAttachments, candidateNotes, candidates } from '../../db/schema';

export type CandidateRecord = typeof candidates.$inferSelect;
export type NoteRecord = typeof candidateNotes.$inferSelect;
export type AttachmentRecord = typeof candidateAttachments.$inferSelect;

/** The key that finds the same person typed with another codice fiscale. */
export function duplicateKey(lastName: string, firstName: string): string {
  return sortKey(`${lastName} ${firstName}`);
}

/** The columns written from validated form data (meta and derived search columns apart). */
export function candidateColumns(data: CandidateData) {
  const domicile = data.domicileSame
    ? { domAddress: null, domCap: null, domComune: null, domProvince: null }
    : { domAddress: data.domAddress, domCap: data.domCap, domComune: data.domComune, domProvince: data.domProvince };
  return {
    ...data,
    ...domicile,
    nameSort: sortKey(`${data.lastName} ${data.firstName}`),
    duplicateKey: duplicateKey(data.lastName, data.firstName),
    resComuneSort: data.resComune ? sortKey(data.resComune) : null,
    educationRank: educationRank(data.educationLevel),
  };
}

/** The form fields of a stored record, as the form and the merge screen use them. */
export function candidateData(row: CandidateRecord): CandidateData {
  // The row went through the same schema when written, so parsing it back cannot fail on
  // good data; it also fills defaults for JSON written by an older version.
  return candidateFields.parse(row);
}

export function toNote(row: NoteRecord): CandidateNote {
  const { authorId: _a, ...note } = row;
  return note;
}

export function toAttachment(row: AttachmentRecord): Attachment {
  const { storedName: _s, ...attachment } = row;
  return { ...attachment, kind: attachment.kind as Attachment['kind'] };
}

export function toCandidate(
  row: CandidateRecord,
  extra: { operatorName: string | null; notes: NoteRecord[]; attachments: AttachmentRecord[] },
): Candidate {
  return {
    ...candidateData(row),
    id: row.id,
    siteId: row.siteId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    hlc: row.hlc,
    deletedAt: row.deletedAt,
    mergedInto: row.mergedInto,
    anonymisedAt: row.anonymisedAt,
    operatorName: extra.operatorName,
    targetCategoryHidden: false,
    notesLog: extra.notes.map(toNote),
    attachments: extra.attachments.map(toAttachment),
  };
}

/** The auditable view of a profile: its form fields, lists as JSON text. */
export function auditableCandidate(data: CandidateData): Record<string, unknown> {
  return { ...data };
}
