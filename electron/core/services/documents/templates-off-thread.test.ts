/**
 * A large template is read off the core's thread: another operator's call made while it is being
 * processed answers first, and docx's patcher never runs on the core's thread for an upload.
 * Ordering, not wall-clock: the read is issued after the upload started and must come back before it.
 */
import { patchDetector, patchDocument } from 'docx';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { templateDocx } from '../../../../tests/support/template-docx';

vi.mock('docx', async (importOriginal) => {
  const actual = await importOriginal<typeof import('docx')>();
  return { ...actual, patchDetector: vi.fn(actual.patchDetector), patchDocument: vi.fn(actual.patchDocument) };
});

let h: Harness;
let admin: string;

beforeAll(async () => {
  h = createHarness();
  await h.setup();
  admin = await h.sessionAs('amministratore');
});
afterAll(() => h.dispose());

describe('template work off the request path', () => {
  it('answers a concurrent read while a large template is processed, and reads the template in a worker', async () => {
    const lines = Array.from({ length: 2_000 }, (_, i) => `Riga ${i}: gentile {{tirocinante_nome}}, codice fiscale {{tirocinante_codice_fiscale}}, pratica {{tirocinio_numero}}.`);
    const large = await templateDocx(lines);
    vi.mocked(patchDetector).mockClear();
    vi.mocked(patchDocument).mockClear();

    const order: string[] = [];
    const upload = h
      .call('documents.uploadTemplate', { kind: 'informativa', fileName: 'grande.docx', contentBase64: large.toString('base64'), note: null }, admin)
      .then((result) => {
        order.push('caricamento');
        return result;
      });
    // The other operator's call comes once the upload is under way (after a turn of the event loop).
    await new Promise((resolve) => setImmediate(resolve));
    const read = h.call('documents.templates', {}, admin).then((result) => {
      order.push('lettura');
      return result;
    });
    const [uploaded, listed] = await Promise.all([upload, read]);

    expect(order).toEqual(['lettura', 'caricamento']);
    expect(listed.ok && listed.value).toEqual([]);
    expect(uploaded.ok ? uploaded.value.placeholders : uploaded.error).toEqual(['tirocinante_nome', 'tirocinante_codice_fiscale', 'tirocinio_numero']);
    // The unzip, the checks and the trial fill happened in the worker thread, not on the core's.
    expect(patchDetector).not.toHaveBeenCalled();
    expect(patchDocument).not.toHaveBeenCalled();
  });

  it('refuses a hostile template from the worker with the same Italian message', async () => {
    const { strToU8, unzipSync, zipSync } = await import('fflate');
    const files = unzipSync(new Uint8Array(await templateDocx(['Gentile {{tirocinante_nome}}'])));
    files['word/vbaProject.bin'] = strToU8('macro');
    const result = await h.call('documents.uploadTemplate', { kind: 'informativa', fileName: 'macro.docx', contentBase64: Buffer.from(zipSync(files)).toString('base64'), note: null }, admin);
    expect(result.ok ? 'accettato' : `${result.error.code}: ${result.error.message}`).toBe('VALIDATION: Il modello contiene macro (vbaProject.bin): salvalo come .docx senza macro («Documento di Word (.docx)»).');
  });
});
