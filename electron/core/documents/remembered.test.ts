import { describe, expect, it } from 'vitest';
import { heading, para } from './blocks';
import { freshly } from './remembered';

describe('remembered blocks', () => {
  it('gives the block made from the same arguments again, and a new one for other arguments', () => {
    expect(para(['Il tirocinio ha luogo dal ', { bold: '09/11/2026' }])).toBe(para(['Il tirocinio ha luogo dal ', { bold: '09/11/2026' }]));
    expect(para(['Il tirocinio ha luogo dal ', { bold: '09/11/2026' }])).not.toBe(para(['Il tirocinio ha luogo dal ', { bold: '10/11/2026' }]));
    expect(para('Testo', { keepNext: true })).not.toBe(para('Testo'));
    expect(heading('Testo')).not.toBe(para('Testo'));
  });

  it('makes every block anew inside freshly, and remembers none of them', () => {
    const before = para('Un paragrafo fatto prima');
    expect(freshly(() => para('Un paragrafo fatto prima'))).not.toBe(before);
    const fresh = freshly(() => para('Un paragrafo fatto solo da freshly'));
    expect(freshly(() => para('Un paragrafo fatto solo da freshly'))).not.toBe(fresh);
    expect(para('Un paragrafo fatto solo da freshly')).not.toBe(fresh);
  });
});
