/**
 * ISTAT's CP2011 file read into the list to import: a header row, then one row per entry with its
 * code and name (other columns, such as a description, are left out). Any wrong row refuses the
 * whole file with the line to fix: half a classification would be worse than the one in place.
 */
import { AppError } from '@shared/api/errors';
import { foldText } from '@shared/validation/text';
import { cp2011Level, isCp2011Code } from '@shared/validation/cp2011';
import { decodeCsvText, readCsv, type CsvRecord } from './csv-text';

export interface ImportedProfession {
  code: string;
  name: string;
  level: number;
}

const UNCHANGED = 'Il file non è stato caricato: l’elenco resta com’era.';

function refuse(message: string): never {
  throw new AppError('VALIDATION', `${message} ${UNCHANGED}`);
}

const NAME_HEADINGS = ['nome', 'denominazione', 'titolo', 'professione', 'descrizione'];

const clean = (cell: string | undefined) => (cell ?? '').replace(/\s+/g, ' ').trim();

/**
 * Which columns hold the code and the name: found by their heading («Codice», «Nome» or
 * «Denominazione»…), the first two otherwise. A file whose first row is already an entry has no header.
 */
function columnsOf(first: CsvRecord): { code: number; name: number; header: boolean } {
  const headings = first.cells.map((c) => foldText(clean(c)));
  const code = headings.findIndex((h) => h.startsWith('cod'));
  // «Descrizione» last: beside a «Nome» column it is the long text of what the profession does.
  const name = NAME_HEADINGS.map((word) => headings.findIndex((h, i) => i !== code && h.includes(word))).find((i) => i >= 0) ?? -1;
  if (code >= 0 && name >= 0) return { code, name, header: true };
  return { code: 0, name: 1, header: !isCp2011Code(clean(first.cells[0])) };
}

export function readCp2011File(bytes: Uint8Array): ImportedProfession[] {
  const records = readCsv(decodeCsvText(bytes)).filter((r) => r.cells.some((c) => clean(c) !== ''));
  if (records.length === 0) refuse('Il file è vuoto.');
  const columns = columnsOf(records[0]!);
  const seen = new Map<string, number>();
  const entries: ImportedProfession[] = [];
  for (const record of columns.header ? records.slice(1) : records) {
    const code = clean(record.cells[columns.code]);
    const name = clean(record.cells[columns.name]);
    if (!isCp2011Code(code)) refuse(`Riga ${record.line}: «${code || 'vuoto'}» non è un codice CP2011 (es. 5.1.2.2.0).`);
    if (name === '') refuse(`Riga ${record.line}: manca il nome della professione ${code}.`);
    const first = seen.get(code);
    if (first !== undefined) refuse(`Riga ${record.line}: il codice ${code} compare due volte (anche alla riga ${first}).`);
    seen.set(code, record.line);
    entries.push({ code, name, level: cp2011Level(code) });
  }
  if (entries.length === 0) {
    refuse('Il file non contiene voci della classificazione: dopo l’intestazione servono righe con codice e nome, es. «5.1.2.2.0;Commessi delle vendite al minuto».');
  }
  return entries;
}
