/**
 * The one place that words a refused value when its schema has no message of its own: every
 * zod issue code gets a short Italian sentence in the app's voice («Al massimo 200 caratteri»),
 * never zod's wording («Troppo grande: string deve avere <=200 caratteri», «atteso object»), which
 * names types and operators the desk does not know. Messages written on a schema win over these
 * (zod applies the config's map last), so field-specific wording stays where it is.
 *
 * Nothing the caller sent is echoed back (unknown keys, enum codes): it would put the caller's
 * text, or internal codes in English, on the screen.
 */
import { z } from 'zod';
import { count, formatCount, plural } from '../text/plural';

type Issue = z.core.$ZodRawIssue;

/** Limits as Italians write them: 1.200, 0,5. */
function limit(n: number | bigint): string {
  const value = Number(n);
  return Number.isInteger(value) ? formatCount(value) : value.toLocaleString('it-IT');
}

/** The unit a size is counted in, by what was measured; null for a plain number. */
function sizeNoun(origin: string, n: number): string | null {
  if (origin === 'string') return plural(n, 'carattere', 'caratteri');
  if (origin === 'array' || origin === 'set') return plural(n, 'elemento', 'elementi');
  if (origin === 'file') return 'byte';
  return null;
}

function invalidType(issue: Extract<Issue, { code: 'invalid_type' }>): string {
  // A field that was not sent at all is the commonest case: say it is needed, not what type it has.
  if (issue.input === undefined) return 'Campo obbligatorio';
  switch (issue.expected) {
    case 'string':
      return 'Deve essere un testo';
    case 'number':
    case 'bigint':
      return 'Deve essere un numero';
    case 'int':
      return 'Inserisci un numero intero';
    case 'boolean':
      return 'Deve essere sì o no';
    case 'date':
      return 'Data non valida';
    case 'array':
    case 'set':
    case 'tuple':
      return 'Deve essere un elenco';
    case 'object':
    case 'record':
    case 'map':
      return 'Dati mancanti o non validi';
    case 'null':
    case 'undefined':
    case 'void':
    case 'never':
      return 'Campo non previsto';
    default:
      return 'Valore non valido';
  }
}

function tooBig(issue: Extract<Issue, { code: 'too_big' }>): string {
  const max = Number(issue.maximum);
  // An exclusive bound on a count is the inclusive one below it; on a number it stays a bound.
  const n = issue.inclusive === false ? max - 1 : max;
  const noun = sizeNoun(issue.origin, n);
  if (noun !== null) {
    return issue.exact ? `Deve avere esattamente ${limit(n)} ${noun}` : `Al massimo ${limit(n)} ${noun}`;
  }
  if (issue.origin === 'date') return 'Data troppo avanti nel tempo';
  return issue.inclusive === false ? `Deve essere minore di ${limit(max)}` : `Al massimo ${limit(max)}`;
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): string {
  const min = Number(issue.minimum);
  const n = issue.inclusive === false ? min + 1 : min;
  const noun = sizeNoun(issue.origin, n);
  if (noun !== null) {
    if (issue.exact) return `Deve avere esattamente ${limit(n)} ${noun}`;
    // At least one character is "fill it in"; at least one element is "choose one".
    if (n === 1 && issue.origin === 'string') return 'Campo obbligatorio';
    if (n === 1) return 'Scegline almeno uno';
    return `Almeno ${limit(n)} ${noun}`;
  }
  if (issue.origin === 'date') return 'Data troppo indietro nel tempo';
  if (min === 0) return issue.inclusive === false ? 'Deve essere maggiore di zero' : 'Il numero non può essere negativo';
  return issue.inclusive === false ? `Deve essere maggiore di ${limit(min)}` : `Almeno ${limit(min)}`;
}

const FORMATS: Record<string, string> = {
  email: 'Indirizzo email non valido',
  url: 'Indirizzo web non valido',
  datetime: 'Data e ora non valide',
  date: 'Data non valida',
  time: 'Ora non valida',
  duration: 'Durata non valida',
  ipv4: 'Indirizzo di rete non valido',
  ipv6: 'Indirizzo di rete non valido',
  base64: 'Contenuto del file non leggibile',
  base64url: 'Contenuto del file non leggibile',
  json_string: 'Contenuto non leggibile',
  e164: 'Numero di telefono non valido',
};
/** Formats that are identifiers the app makes, never typed by hand. */
const IDENTIFIER_FORMATS = new Set(['uuid', 'uuidv4', 'uuidv6', 'uuidv7', 'guid', 'nanoid', 'cuid', 'cuid2', 'ulid', 'xid', 'ksuid', 'jwt']);

function invalidFormat(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  if (IDENTIFIER_FORMATS.has(issue.format)) return 'Identificativo non valido';
  return FORMATS[issue.format] ?? 'Formato non valido';
}

function notMultipleOf(issue: Extract<Issue, { code: 'not_multiple_of' }>): string {
  const divisor = Number(issue.divisor);
  // A step of 0,01 is "two decimals" to whoever types the number, not "a multiple of 0,01".
  if (divisor > 0 && divisor < 1) {
    const decimals = Math.round(-Math.log10(divisor));
    if (Math.abs(10 ** -decimals - divisor) < Number.EPSILON) {
      return decimals === 0 ? 'Inserisci un numero intero' : `Al massimo ${count(decimals, 'decimale', 'decimali')}`;
    }
  }
  if (divisor === 1) return 'Inserisci un numero intero';
  return `Deve essere un multiplo di ${limit(divisor)}`;
}

/** The app's Italian for any issue a schema did not word itself. */
export function italianIssueMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return invalidType(issue);
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return invalidFormat(issue);
    case 'not_multiple_of':
      return notMultipleOf(issue);
    case 'invalid_value':
      return issue.values.length === 1 ? 'Valore non valido' : 'Valore non ammesso: scegli tra quelli proposti';
    case 'unrecognized_keys':
      return 'Contiene dati non previsti';
    case 'invalid_key':
      return 'Dati non validi';
    case 'invalid_element':
      return 'Un elemento dell’elenco non è valido';
    case 'invalid_union':
    case 'custom':
    default:
      return 'Valore non valido';
  }
}

/** Zod's own messages (for checks without a custom one) in the app's Italian, on both sides. */
export function configureItalianZodMessages(): void {
  z.config({ localeError: (issue) => italianIssueMessage(issue) });
}
