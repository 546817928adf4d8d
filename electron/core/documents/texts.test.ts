import { describe, expect, it } from 'vitest';
import { lowerFirst, unbracketed } from './texts';

describe('sentences shared by the documents', () => {
  it('lower-cases the first letter of a text inserted mid-sentence, but never an acronym', () => {
    expect(lowerFirst('Accreditamento ai servizi per il lavoro')).toBe('accreditamento ai servizi per il lavoro');
    expect(lowerFirst('ANPAL, autorizzazione n. 456/2020')).toBe('ANPAL, autorizzazione n. 456/2020');
    expect(lowerFirst('DGR 85-6277')).toBe('DGR 85-6277');
    expect(lowerFirst('A.S.D. Borgo')).toBe('A.S.D. Borgo');
    expect(lowerFirst('É')).toBe('É');
    expect(lowerFirst('')).toBe('');
  });

  it('turns a typed value’s brackets into a dash, so they never nest inside the document’s own', () => {
    expect(unbracketed('Polizza n. 55 (RCT/RCO)')).toBe('Polizza n. 55 – RCT/RCO');
    expect(unbracketed('12345678/91')).toBe('12345678/91');
    expect(unbracketed('Malattia ()')).toBe('Malattia');
    expect(unbracketed('Chiusura (ferie (agosto))')).toBe('Chiusura – ferie – agosto');
  });
});
