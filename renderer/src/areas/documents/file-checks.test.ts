import { describe, expect, it } from 'vitest';
import { logoFileProblem, templateFileProblem } from './file-checks';

describe('files checked before they are sent', () => {
  it('accepts a .docx template and refuses a .doc with how to convert it', () => {
    expect(templateFileProblem({ name: 'Convenzione.docx', size: 20_000 })).toBeNull();
    expect(templateFileProblem({ name: 'Convenzione.doc', size: 20_000 })).toMatch(/Salva con nome/);
    expect(templateFileProblem({ name: 'Convenzione.pdf', size: 20_000 })).toMatch(/deve essere un file \.docx/);
    expect(templateFileProblem({ name: 'vuoto.docx', size: 0 })).toBe('«vuoto.docx» è vuoto.');
  });

  it('accepts a PNG or JPG logo up to 300 KB and says the size of a bigger one', () => {
    expect(logoFileProblem({ name: 'logo.PNG', size: 300 * 1024 })).toBeNull();
    expect(logoFileProblem({ name: 'logo.jpeg', size: 10_000 })).toBeNull();
    expect(logoFileProblem({ name: 'logo.png', size: 450 * 1024 })).toBe(
      '«logo.png» pesa 450 KB: il logo può pesare al massimo 300 KB. Salvane una versione più piccola (per esempio larga 600 pixel) e riprova.',
    );
    expect(logoFileProblem({ name: 'logo.gif', size: 1000 })).toMatch(/non è un’immagine PNG o JPG/);
  });
});
