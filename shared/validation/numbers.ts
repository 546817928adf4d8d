/**
 * What is wrong with a number typed in a form, said in Italian. The limits of each field live in
 * its contract schema (shared/api), which builds on this; the forms never clamp or rewrite what
 * was typed, so the refusal has to say exactly what is wrong, and only one thing at a time.
 */

export interface NumberLimits {
  min: number;
  max: number;
  /** Said after the maximum: «al massimo 48 ore». */
  unit?: string;
  /** Decimals allowed: 0 (the default) for whole numbers. */
  decimals?: number;
}

export type NumberProblem = 'negative' | 'fraction' | 'decimals' | 'below' | 'above';

/** Small tolerance for binary fractions: 7.1 * 100 is 709.9999999999999. */
const EPSILON = 1e-6;

function hasMoreDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) > EPSILON;
}

/**
 * The first problem of a number against its limits, or null. A negative number where none is
 * allowed is named as such (not «almeno 1»), since that is what the operator typed wrong.
 */
export function numberProblem(value: number, limits: NumberLimits): NumberProblem | null {
  const decimals = limits.decimals ?? 0;
  if (value < 0 && limits.min >= 0) return 'negative';
  if (decimals === 0 && !Number.isInteger(value)) return 'fraction';
  if (decimals > 0 && hasMoreDecimals(value, decimals)) return 'decimals';
  if (value < limits.min) return 'below';
  if (value > limits.max) return 'above';
  return null;
}

/** A number the Italian way, for messages: 1.000, 7,5. */
export function italianNumber(value: number): string {
  return new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 }).format(value);
}

const DECIMAL_WORDS: Record<number, string> = { 1: 'un decimale (es. 7,5)', 2: 'due decimali (es. 7,5)' };

/** The message for a problem, after the field's label: «Ore settimanali: al massimo 48 ore». */
export function numberMessage(label: string, problem: NumberProblem, limits: NumberLimits): string {
  switch (problem) {
    case 'negative':
      return `${label}: il numero non può essere negativo`;
    case 'fraction':
      return `${label}: inserisci un numero intero`;
    case 'decimals':
      return `${label}: al massimo ${DECIMAL_WORDS[limits.decimals ?? 0] ?? `${limits.decimals} decimali`}`;
    case 'below':
      return `${label}: almeno ${italianNumber(limits.min)}`;
    case 'above':
      return `${label}: al massimo ${italianNumber(limits.max)}${limits.unit ? ` ${limits.unit}` : ''}`;
  }
}
