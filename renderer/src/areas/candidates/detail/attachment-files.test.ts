import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileProblem, formatSize } from './attachment-files';

describe('attachment files', () => {
  it('encodes bytes as standard base64', () => {
    expect(bytesToBase64(new TextEncoder().encode('Perché?'))).toBe('UGVyY2jDqT8=');
  });

  it('encodes a file larger than one chunk without losing a byte', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 256);
    const back = base64ToBytes(bytesToBase64(bytes));
    expect(back.length).toBe(bytes.length);
    expect(back.every((b, i) => b === bytes[i])).toBe(true);
  });

  it('writes sizes in KB under a megabyte and MB with a decimal comma above', () => {
    expect(formatSize(300)).toBe('1 KB');
    expect(formatSize(850 * 1024)).toBe('850 KB');
    expect(formatSize(2.4 * 1024 * 1024)).toBe('2,4 MB');
  });

  it('refuses files over 10 MB and types the core would refuse, saying why', () => {
    expect(fileProblem({ name: 'cv.pdf', size: 11 * 1024 * 1024 })).toMatch(/il massimo è 10 MB/);
    expect(fileProblem({ name: 'cv.exe', size: 100 })).toMatch(/non è un tipo di file accettato/);
    expect(fileProblem({ name: 'Foto.JPG', size: 100 })).toBeNull();
  });
});
