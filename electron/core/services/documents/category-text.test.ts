import { describe, expect, it } from 'vitest';
import { categoryText, cpiText } from './context';

describe('the target category as the PFI prints it', () => {
  it('says «CPI di» once, whatever the person’s record holds', () => {
    expect(cpiText('Torino')).toBe('CPI di Torino');
    expect(cpiText('CPI Torino')).toBe('CPI Torino');
    expect(cpiText('CPI di Moncalieri')).toBe('CPI di Moncalieri');
    expect(cpiText('C.P.I. di Ivrea')).toBe('C.P.I. di Ivrea');
    expect(cpiText('Centro per l’impiego di Cuneo')).toBe('Centro per l’impiego di Cuneo');
    expect(categoryText('disoccupato', { didDate: '2026-09-02', cpi: 'CPI di Torino' })).toBe('Disoccupato/a (DID del 02/09/2026, CPI di Torino)');
    expect(categoryText('disoccupato', { didDate: null, cpi: 'Cipressa' })).toBe('Disoccupato/a (CPI di Cipressa)');
    expect(categoryText('neet', { didDate: null, cpi: '  ' })).toBe('NEET (non studia e non lavora)');
  });

  it('agrees the category with the person', () => {
    expect(categoryText('disoccupato', { didDate: null, cpi: 'Torino', sex: 'F' })).toBe('Disoccupata (CPI di Torino)');
    expect(categoryText('disoccupato', { didDate: null, cpi: null, sex: 'M' })).toBe('Disoccupato');
    expect(categoryText('svantaggiato', { didDate: null, cpi: null, sex: 'F' })).toBe('Persona svantaggiata (L. 381/91)');
  });
});
