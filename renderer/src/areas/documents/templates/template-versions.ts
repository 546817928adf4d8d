/**
 * The office's templates as the administrator reads them: per kind of document, the version
 * documents are filled from (or none: the built-in document) and the older versions; what takes
 * over when the one in use is withdrawn.
 */
import { DOCUMENT_KINDS, type DocumentKind, type TemplateView } from '@shared/api/documents';

export interface KindTemplates {
  kind: DocumentKind;
  /** The version documents are filled from; null when the built-in document is used. */
  inUse: TemplateView | null;
  /** Every other version, newest first (withdrawn or replaced). */
  older: TemplateView[];
}

/** Newest upload first, as the core decides which one is in use (a published template has its own numbering). */
const newestFirst = (a: TemplateView, b: TemplateView) => (a.uploadedAt === b.uploadedAt ? b.version - a.version : a.uploadedAt < b.uploadedAt ? 1 : -1);

export function templatesByKind(list: readonly TemplateView[]): KindTemplates[] {
  return DOCUMENT_KINDS.map((kind) => {
    const versions = list.filter((t) => t.kind === kind).sort(newestFirst);
    const inUse = versions.find((t) => t.inUse) ?? null;
    return { kind, inUse, older: versions.filter((t) => t !== inUse) };
  });
}

/** The version documents go back to once `withdrawn` is withdrawn: the newest other one still valid, or null for the built-in document. */
export function afterWithdrawal(list: readonly TemplateView[], withdrawn: TemplateView): TemplateView | null {
  return (
    list
      .filter((t) => t.kind === withdrawn.kind && t.id !== withdrawn.id && t.withdrawnAt === null)
      .sort(newestFirst)[0] ?? null
  );
}

/** The state of an older version, in words: «Ritirata il 24/11/2026» or «Sostituita dalla v3». */
export function olderVersionState(version: TemplateView, inUse: TemplateView | null, formatDate: (iso: string) => string): string {
  if (version.withdrawnAt) return `Ritirata il ${formatDate(version.withdrawnAt)}`;
  if (inUse && newestFirst(inUse, version) < 0) return `Sostituita dalla v${inUse.version}`;
  return 'Non in uso';
}
