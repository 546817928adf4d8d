/**
 * What a Word template must not carry, because docx's patcher copies every part of the template into
 * each document it fills, and Word acts on these by itself when someone opens that document:
 *
 * - external relationships: an `attachedTemplate` on a UNC path (Word connects to the share and hands
 *   it the user's Windows credentials), a remote image or a `file:` OLE link (fetched at every opening);
 *   a hyperlink to a web or mail address is kept, since nothing follows it unless clicked;
 * - macros: `vbaProject.bin`, its data part, a macro-enabled content type;
 * - OLE objects and ActiveX controls: `embeddings/`, `activeX/`, their relationships;
 * - altChunk parts: another file (HTML, RTF, a whole .docx) that Word imports when it opens the document;
 * - fields that read other files or programs when updated (DDE, DDEAUTO, INCLUDETEXT, INCLUDEPICTURE, LINK).
 *
 * Each is said by name in Italian, with what to do in Word, so the administrator can clean the file.
 */
import { strFromU8 } from 'fflate';

const MAX_SHOWN = 3;

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]!] = (m[2] ?? m[3] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return out;
}

/** The last segment of a relationship's type URI: `attachedTemplate`, `image`, `oleObject`, … */
function relationshipKind(type: string): string {
  return type.split('/').pop() ?? type;
}

function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

function shown(items: Iterable<string>): string {
  const unique = [...new Set(items)];
  const listed = unique.slice(0, MAX_SHOWN).map((s) => (s.length > 80 ? `${s.slice(0, 77)}…` : s));
  return unique.length > MAX_SHOWN ? `${listed.join(', ')} e altri ${unique.length - MAX_SHOWN}` : listed.join(', ');
}

/** A hyperlink is only followed when clicked: a web or mail address is a normal part of a letter. */
function harmlessExternal(kind: string, target: string): boolean {
  return kind === 'hyperlink' && /^(https?:\/\/|mailto:)/i.test(target.trim());
}

const MACRO_PART = /(^|\/)(vbaProject\.bin|vbaData\.xml)$/i;
const OLE_PART = /(^|\/)(embeddings|activeX)\//i;
const MACRO_RELATIONSHIPS = new Set(['vbaProject', 'wordVbaData']);
const OLE_RELATIONSHIPS = new Set(['oleObject', 'package', 'control', 'activeXControlBinary']);
const LINK_FIELD = /^\s*(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|LINK)\b/i;
const XML_PART = /^word\/.*\.xml$/;

/** The field codes of a part: complex fields (their instrText runs joined, nested ones kept apart) and simple ones. */
function fieldCodes(xml: string): string[] {
  const codes: string[] = [];
  const open: string[] = [];
  for (const m of xml.matchAll(/<w:fldChar\b[^>]*w:fldCharType="(begin|end)"|<w:instrText\b[^>]*>([^<]*)<\/w:instrText>|<w:fldSimple\b([^>]*)>/g)) {
    if (m[1] === 'begin') open.push('');
    else if (m[1] === 'end') {
      const code = open.pop();
      if (code !== undefined) codes.push(code);
    } else if (m[2] !== undefined && open.length > 0) open[open.length - 1] += m[2];
    else if (m[3] !== undefined) codes.push(attributes(m[3])['w:instr'] ?? '');
  }
  // A field never closed still had its code typed.
  return [...codes, ...open];
}

/** Every reason, in Italian, why these parts must not become a document; empty when they are clean. */
export function hostileContent(files: ReadonlyMap<string, Uint8Array>): string[] {
  const macros: string[] = [];
  const ole: string[] = [];
  const chunks: string[] = [];
  const external: string[] = [];
  const fields: string[] = [];
  const macroTypes: string[] = [];
  for (const name of files.keys()) {
    if (MACRO_PART.test(name)) macros.push(baseName(name));
    if (OLE_PART.test(name)) ole.push(name);
  }
  const types = files.get('[Content_Types].xml');
  if (types) {
    for (const m of strFromU8(types).matchAll(/<(?:Default|Override)\b([^>]*)>/g)) {
      const type = attributes(m[1]!).ContentType ?? '';
      if (/macroEnabled|vbaProject|vbaData/i.test(type)) macroTypes.push(type);
    }
  }
  for (const [name, bytes] of files) {
    if (name.endsWith('.rels')) {
      for (const m of strFromU8(bytes).matchAll(/<Relationship\b([^>]*)>/g)) {
        const a = attributes(m[1]!);
        const kind = relationshipKind(a.Type ?? '');
        const target = a.Target ?? '';
        if (MACRO_RELATIONSHIPS.has(kind)) macros.push(baseName(target));
        if (OLE_RELATIONSHIPS.has(kind)) ole.push(target);
        if (kind === 'aFChunk') chunks.push(target);
        if ((a.TargetMode ?? '').toLowerCase() === 'external' && !harmlessExternal(kind, target)) external.push(`${kind} → ${target}`);
      }
    } else if (XML_PART.test(name)) {
      const xml = strFromU8(bytes);
      if (/<w:altChunk\b/.test(xml)) chunks.push(name);
      for (const code of fieldCodes(xml)) {
        if (LINK_FIELD.test(code)) fields.push(code.trim());
      }
    }
  }
  // The parts by name when there are any (what Word shows); a content type only when it is all there is.
  if (macros.length === 0) macros.push(...macroTypes);
  const reasons: string[] = [];
  if (macros.length > 0) reasons.push(`Il modello contiene macro (${shown(macros)}): salvalo come .docx senza macro («Documento di Word (.docx)»).`);
  if (ole.length > 0) {
    reasons.push(`Il modello contiene oggetti OLE incorporati o controlli ActiveX (${shown(ole)}): eliminali in Word (o incollali come immagine) e salvalo di nuovo come .docx.`);
  }
  if (chunks.length > 0) {
    reasons.push(`Il modello contiene parti importate da altri file (altChunk: ${shown(chunks)}): copia quel testo direttamente nel documento in Word e salvalo di nuovo come .docx.`);
  }
  if (external.length > 0) {
    reasons.push(
      `Il modello contiene collegamenti esterni che Word aprirebbe da solo a ogni apertura del documento (${shown(external)}): togli il modello allegato (File › Opzioni › Componenti aggiuntivi › Modelli), incolla le immagini invece di collegarle, elimina gli oggetti collegati e salvalo di nuovo come .docx.`,
    );
  }
  if (fields.length > 0) {
    reasons.push(`Il modello contiene campi che leggono altri file o programmi (${shown(fields)}): eliminali in Word e salvalo di nuovo come .docx.`);
  }
  return reasons;
}
