/**
 * An office's own .docx template for one of the documents: read on upload (every placeholder must
 * be a field of shared/documents/fields.ts available for that document) and filled from the
 * DocumentContext with docx's patcher: `{{chiave}}` inline, keeping the run's formatting, and the
 * table rows holding `{{orario.*}}` or `{{giorni.*}}` repeated once per day (PatchType.TABLE_ROWS).
 * Storing and versioning the templates is the service's job; this module only sees bytes.
 */
import { PatchType, TextRun, patchDetector, patchDocument, type IPatch, type TableRowsPatch } from 'docx';
import type { DocumentContext, DocumentKind } from '@shared/documents/context';
import { ROW_TABLES, ROW_TABLE_DEFS, fieldValues, findTemplateField, tableRows, type RowTable } from '@shared/documents/fields';
import { checkDocxPackage, findLeftovers } from './package';
import { fileProblem, leftoverProblems, refusalError, refusalMessage, unavailableProblem, unknownProblem, type TemplateProblem } from './problems';

export type TemplateReading =
  | {
      ok: true;
      /** The fields the template uses, by key, in the order first met. */
      placeholders: string[];
      /** Accepted, but worth telling the administrator (e.g. a template without any field). */
      warnings: string[];
    }
  | {
      ok: false;
      /** Every problem in one Italian message, placeholders by name. */
      message: string;
      problems: TemplateProblem[];
    };

export const NO_PLACEHOLDER_WARNING =
  'Il modello non contiene segnaposto: sarà stampato sempre uguale, senza i dati della pratica. Se è voluto, puoi usarlo così.';

// Both the detector and the patcher accept `{{ chiave }}` as `{{chiave}}`.
const TRIM = true;

type Found = { ok: true; keys: string[] } | { ok: false; problems: TemplateProblem[] };

/** The template's placeholders, if the file is a .docx and each is a field available for the kind. */
async function placeholdersOf(bytes: Uint8Array, kind: DocumentKind): Promise<Found> {
  const notDocx = checkDocxPackage(bytes);
  if (notDocx) return { ok: false, problems: [fileProblem(notDocx)] };
  let detected: readonly string[];
  try {
    detected = await patchDetector({ data: bytes, trimPlaceholders: TRIM });
  } catch {
    return { ok: false, problems: [fileProblem('Il file .docx è danneggiato e non si può leggere: aprilo in Word e salvalo di nuovo.')] };
  }
  const keys = [...new Set(detected)];
  const unknown = keys.filter((key) => !findTemplateField(key));
  const unavailable = keys.filter((key) => {
    const field = findTemplateField(key);
    return field !== undefined && !field.kinds.includes(kind);
  });
  const problems: TemplateProblem[] = [];
  if (unknown.length > 0) problems.push(unknownProblem(unknown, kind));
  if (unavailable.length > 0) problems.push(unavailableProblem(unavailable, kind));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, keys };
}

/** A value as runs: `{{` in the data cannot open a placeholder, and each new line is a line break. */
function textPatch(value: string): IPatch {
  const lines = value.replace(/\{\{/g, '{ {').split(/\r\n|\r|\n/);
  return { type: PatchType.PARAGRAPH, children: lines.map((line, i) => new TextRun(i === 0 ? { text: line } : { text: line, break: 1 })) };
}

type Values = { scalar: (key: string) => string; rows: (table: RowTable) => Record<string, string>[] };

async function patch(bytes: Uint8Array, keys: readonly string[], values: Values): Promise<Buffer> {
  const patches: Record<string, IPatch | TableRowsPatch> = {};
  const tables = new Set<RowTable>();
  for (const key of keys) {
    const table = findTemplateField(key)?.table;
    if (table) tables.add(table);
    else patches[key] = textPatch(values.scalar(key));
  }
  for (const table of ROW_TABLES) {
    if (!tables.has(table)) continue;
    const rows = values.rows(table).map((row) => Object.fromEntries(Object.entries(row).map(([name, value]) => [name, textPatch(value)])));
    patches[table] = { type: PatchType.TABLE_ROWS, rows };
  }
  return patchDocument({ outputType: 'nodebuffer', data: bytes, patches, keepOriginalStyles: true, trimPlaceholders: TRIM });
}

/**
 * Reads an uploaded template for a document kind: the fields it uses, or a refusal naming every
 * unknown or misplaced placeholder. A template without placeholders is accepted with a warning (a
 * fixed text, such as an informativa, is legitimate). The template is filled once with sample text
 * to prove nothing would be left unfilled (a row field outside a table, a stray `{{`).
 */
export async function readTemplate(bytes: Uint8Array, kind: DocumentKind): Promise<TemplateReading> {
  const found = await placeholdersOf(bytes, kind);
  if (!found.ok) return { ok: false, message: refusalMessage(found.problems), problems: found.problems };
  let trial: Buffer;
  try {
    trial = await patch(bytes, found.keys, { scalar: () => 'x', rows: (table) => [sampleRow(table)] });
  } catch {
    const problems = [fileProblem('Il modello non si riesce a compilare: aprilo in Word, salvalo di nuovo come .docx e riprova.')];
    return { ok: false, message: refusalMessage(problems), problems };
  }
  const problems = leftoverProblems(findLeftovers(trial));
  if (problems.length > 0) return { ok: false, message: refusalMessage(problems), problems };
  return { ok: true, placeholders: found.keys, warnings: found.keys.length === 0 ? [NO_PLACEHOLDER_WARNING] : [] };
}

/** One row of sample text for a table, for the trial fill. */
function sampleRow(table: RowTable): Record<string, string> {
  const fields = ROW_TABLE_DEFS.find((t) => t.table === table)?.fields ?? [];
  return Object.fromEntries(fields.map((f) => [f.name, 'x']));
}

/**
 * Fills a template from the context of one document (its kind is `ctx.kind`): the .docx to save.
 * Throws a VALIDATION AppError with the same message as readTemplate when the template is not (or
 * no longer) valid for that kind, and when any `{{` would be left in the document.
 */
export async function fillTemplate(bytes: Uint8Array, ctx: DocumentContext): Promise<Buffer> {
  const found = await placeholdersOf(bytes, ctx.kind);
  if (!found.ok) throw refusalError(found.problems);
  const values = fieldValues(ctx);
  const filled = await patch(bytes, found.keys, { scalar: (key) => values[key] ?? '', rows: (table) => tableRows(ctx, table) });
  const problems = leftoverProblems(findLeftovers(filled));
  if (problems.length > 0) throw refusalError(problems);
  return filled;
}
