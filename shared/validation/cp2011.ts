/**
 * ISTAT CP2011 profession codes: one to five groups of digits separated by dots, one per level of
 * the classification (5 grande gruppo … 5.1.2.2.0 unità professionale). The same rule checks the
 * code typed in an internship file and every row of the file an administrator imports.
 */
const CODE_PATTERN = /^\d+(\.\d+){0,4}$/;

export const CP2011_CODE_MESSAGE = 'Codice CP2011 non valido: es. 5.1.2.2.0';

export function isCp2011Code(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** 1 (grande gruppo) … 5 (unità professionale): the number of parts of a valid code. */
export function cp2011Level(code: string): number {
  return code.split('.').length;
}
