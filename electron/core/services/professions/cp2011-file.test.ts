import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/errors';
import { readCp2011File } from './cp2011-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

function refusal(bytes: Uint8Array): string {
  try {
    readCp2011File(bytes);
  } catch (e) {
    if (e instanceof AppError) return e.message;
    throw e;
  }
  return 'accettato';
}

describe('reading ISTAT’s CP2011 file', () => {
  it('reads code, name and level after the header, in UTF-8 with a BOM and `;`', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Codice;Nome\n5;Professioni qualificate nelle attività commerciali e nei servizi\n5.1.2.2.0;Commessi delle vendite al minuto\n')]);
    expect(readCp2011File(bytes)).toEqual([
      { code: '5', name: 'Professioni qualificate nelle attività commerciali e nei servizi', level: 1 },
      { code: '5.1.2.2.0', name: 'Commessi delle vendite al minuto', level: 5 },
    ]);
  });

  it('reads `,` with quoted fields and Windows line ends; blank lines and spaces do not count', () => {
    const text = 'Codice,Denominazione\r\n\r\n"5.2.2.1.0","Cuochi in alberghi e ristoranti"\r\n 5.1.2.1.0 ,"Commessi delle vendite all\'ingrosso, ""al banco"""\r\n';
    expect(readCp2011File(utf8(text))).toEqual([
      { code: '5.2.2.1.0', name: 'Cuochi in alberghi e ristoranti', level: 5 },
      { code: '5.1.2.1.0', name: 'Commessi delle vendite all\'ingrosso, "al banco"', level: 5 },
    ]);
  });

  it('reads a file Excel saved in Windows-1252 (à is one byte) and one saved as Unicode text with tabs', () => {
    const latin = new Uint8Array([...utf8('Codice;Nome\n5.1.2.3.0;Addetti ad attivit'), 0xe0, ...utf8(' organizzative delle vendite\n')]);
    expect(readCp2011File(latin)[0]!.name).toBe('Addetti ad attività organizzative delle vendite');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Codice\tNome\n5.2\tProfessioni qualificate nelle attività ricettive e della ristorazione\n', 'utf16le')]);
    expect(readCp2011File(utf16)).toEqual([{ code: '5.2', name: 'Professioni qualificate nelle attività ricettive e della ristorazione', level: 2 }]);
  });

  it('finds the columns by their heading, and takes a first row that is an entry as one', () => {
    const described = 'Descrizione;Codice;Nome\nVendono al dettaglio;5.1.2.2.0;Commessi delle vendite al minuto\n';
    expect(readCp2011File(utf8(described))).toEqual([{ code: '5.1.2.2.0', name: 'Commessi delle vendite al minuto', level: 5 }]);
    expect(readCp2011File(utf8('5.1;Professioni qualificate nelle attività commerciali\n'))).toHaveLength(1);
  });

  it('refuses the whole file for a wrong code, a code twice, a missing name or no entries, naming the line', () => {
    const unchanged = 'Il file non è stato caricato: l’elenco resta com’era.';
    expect(refusal(utf8('Codice;Nome\n5.1;Vendite\n5.1.x;Altro\n'))).toBe(`Riga 3: «5.1.x» non è un codice CP2011 (es. 5.1.2.2.0). ${unchanged}`);
    expect(refusal(utf8('Codice;Nome\n5.1.2.2.0.1;Sei livelli\n'))).toContain('Riga 2: «5.1.2.2.0.1» non è un codice CP2011');
    expect(refusal(utf8('Codice;Nome\n5.1;Vendite\n\n5.1;Ancora\n'))).toBe(`Riga 4: il codice 5.1 compare due volte (anche alla riga 2). ${unchanged}`);
    expect(refusal(utf8('Codice;Nome\n5.1;\n'))).toBe(`Riga 2: manca il nome della professione 5.1. ${unchanged}`);
    expect(refusal(utf8('Codice;Nome\n'))).toContain('Il file non contiene voci della classificazione');
    expect(refusal(utf8(''))).toBe(`Il file è vuoto. ${unchanged}`);
  });
});
