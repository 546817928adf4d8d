/**
 * What can be wrong with an office's template, each said in Italian with the placeholders by name,
 * so the administrator knows what to correct in Word.
 */
import { AppError } from '@shared/api/errors';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '@shared/documents/context';
import { findTemplateField, placeholderOf, templateFieldsFor, type RowTable } from '@shared/documents/fields';
import type { Leftover } from './package';
import { plural } from '@shared/text/plural';

export type TemplateProblemReason =
  /** Not a .docx the patcher can read. */
  | 'file'
  /** Not a field of the catalogue. */
  | 'unknown'
  /** A field, but not for this document. */
  | 'unavailable'
  /** A row field outside a table row. */
  | 'misplaced'
  /** A `{{` that opens no placeholder. */
  | 'stray';

export interface TemplateProblem {
  reason: TemplateProblemReason;
  /** The placeholders concerned, by key (none for 'file' and 'stray'). */
  placeholders: string[];
  message: string;
}

export function fileProblem(message: string): TemplateProblem {
  return { reason: 'file', placeholders: [], message };
}

function list(keys: readonly string[]): string {
  return keys.map(placeholderOf).join(', ');
}

function normalise(key: string): string {
  return key
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, '_');
}

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The field the administrator probably meant: same key but for case, spaces or accents, or a typo or two. */
export function suggestField(key: string, kind: DocumentKind): string | null {
  const wanted = normalise(key);
  let best: { key: string; distance: number } | null = null;
  for (const field of templateFieldsFor(kind)) {
    const d = distance(wanted, field.key);
    if (d <= 2 && (!best || d < best.distance)) best = { key: field.key, distance: d };
  }
  return best?.key ?? null;
}

export function unknownProblem(keys: readonly string[], kind: DocumentKind): TemplateProblem {
  const named = keys.map((key) => {
    const suggestion = suggestField(key, kind);
    return suggestion ? `${placeholderOf(key)} (forse ${placeholderOf(suggestion)}?)` : placeholderOf(key);
  });
  return {
    reason: 'unknown',
    placeholders: [...keys],
    message: `Il modello usa ${plural(keys.length, 'un segnaposto sconosciuto', 'segnaposto sconosciuti')}: ${named.join(', ')}. Usa solo i campi elencati.`,
  };
}

export function unavailableProblem(keys: readonly string[], kind: DocumentKind): TemplateProblem {
  const named = keys.map((key) => {
    const kinds = findTemplateField(key)?.kinds ?? [];
    return `${placeholderOf(key)} (solo ${kinds.map((k) => DOCUMENT_KIND_LABELS[k]).join(', ')})`;
  });
  return {
    reason: 'unavailable',
    placeholders: [...keys],
    message: `${plural(keys.length, 'Questo campo non si può usare', 'Questi campi non si possono usare')} nel modello «${DOCUMENT_KIND_LABELS[kind]}»: ${named.join(', ')}.`,
  };
}

const ROWS_OF: Record<RowTable, string> = {
  orario: 'per ogni giorno dell’orario settimanale',
  giorni: 'per ogni giorno del mese',
};

/** Problems from what is left of `{{` once a template is filled: row fields outside a table, stray braces. */
export function leftoverProblems(leftovers: readonly Leftover[]): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const byTable = new Map<RowTable, Set<string>>();
  const stray: string[] = [];
  for (const left of leftovers) {
    const table = left.key ? findTemplateField(left.key)?.table : null;
    if (left.key && table) byTable.set(table, (byTable.get(table) ?? new Set()).add(left.key));
    else stray.push(left.excerpt);
  }
  for (const [table, keys] of byTable) {
    const names = [...keys];
    problems.push({
      reason: 'misplaced',
      placeholders: names,
      message: `${plural(names.length, 'Il campo', 'I campi')} ${list(names)} ${plural(names.length, 'va scritto', 'vanno scritti')} nelle celle di una riga di tabella, che si ripete ${ROWS_OF[table]}.`,
    });
  }
  if (stray.length > 0) {
    const shown = [...new Set(stray)].slice(0, 3).map((e) => `«${e}»`);
    problems.push({
      reason: 'stray',
      placeholders: [],
      message: `Il modello contiene «{{» che non apre un segnaposto valido: ${shown.join(', ')}. Scrivi i campi come {{nome_campo}} o togli le parentesi graffe.`,
    });
  }
  return problems;
}

export function refusalMessage(problems: readonly TemplateProblem[]): string {
  return problems.map((p) => p.message).join(' ');
}

/** The refusal as the contract carries it: one message, and an issue per placeholder. */
export function refusalError(problems: readonly TemplateProblem[]): AppError {
  const issues = problems.flatMap((p) => p.placeholders.map((key) => ({ path: key, message: p.message })));
  return new AppError('VALIDATION', refusalMessage(problems), issues.length > 0 ? issues : undefined);
}
