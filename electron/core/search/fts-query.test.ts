import { describe, expect, it } from 'vitest';
import { toFtsQuery } from './fts-query';

describe('typed text to FTS5 query', () => {
  it('makes every word a quoted prefix', () => {
    expect(toFtsQuery('polisportiva  tor')).toBe('"polisportiva"* "tor"*');
  });

  it('neutralises FTS5 syntax typed by chance', () => {
    expect(toFtsQuery('a AND "b" -c d:e *')).toBe('"a"* "AND"* "b"* "c"* "d"* "e"*');
  });

  it('keeps accented letters and digits, drops punctuation', () => {
    expect(toFtsQuery("Società dell'Arte, 10121")).toBe('"Società"* "dell"* "Arte"* "10121"*');
  });

  it('returns null when nothing searchable was typed', () => {
    expect(toFtsQuery('  -- ** ')).toBeNull();
  });
});
