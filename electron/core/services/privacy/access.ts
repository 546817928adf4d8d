/**
 * The access request (GDPR art. 15): everything the office holds about one person, as a readable
 * Word document and as JSON with the same data, in one .zip. Special data (art. 9) are included:
 * they are the person's own, and only roles that may see them reach this service (the method's
 * permission is `candidates.special`). The export is audited (who and when), never its content.
 */
import { Document, Packer, type FileChild } from 'docx';
import { zipSync } from 'fflate';
import {
  ATTACHMENT_KIND_LABELS,
  BENEFIT_LABELS,
  CANDIDATE_STATUS_LABELS,
  CEFR_LABELS,
  EDUCATION_LEVEL_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  SHIFT_LABELS,
  SPECIAL_LEGAL_BASIS_LABELS,
  TARGET_CATEGORY_LABELS,
  type CandidateData,
} from '@shared/api/candidate-fields';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '@shared/documents/context';
import { CANDIDATE_FIELDS, CANDIDATE_HISTORY_FIELDS, CANDIDATE_SPECIAL_FIELDS } from '@shared/fields/candidate';
import { INTERNSHIP_OUTCOME_LABELS, INTERNSHIP_STATUS_LABELS, type InternshipOutcome, type InternshipStatus } from '@shared/rules/internship-lifecycle';
import { INTERNSHIP_TYPE_LABELS, type InternshipType } from '@shared/rules/internship-rules';
import { MATCH_STATUS_LABELS, type MatchStatus } from '@shared/rules/match-lifecycle';
import { formatItalianDate, italianDateTime } from '@shared/validation/italian-time';
import type { ReadCtx, WriteCtx } from '../../context';
import { decodeChanges } from '../audit/changes-codec';
import { LineRuleType } from 'docx';
import { dataTable, gridTable, heading, para, title } from '../../documents/blocks';
import { PORTRAIT, textWidth } from '../../documents/layout';
import { FONT, PARAGRAPH_STYLES, SIZE } from '../../documents/styles';
import { writeAudit } from '../audit/audit-log';
import { candidateData } from '../candidates/mapping';
import { requireCandidate } from '../candidates/record';
import { findSpecial, specialData } from '../candidates/special';

/** A field as the person reads it: its label and its value in words. */
export interface LabelledValue {
  campo: string;
  etichetta: string;
  valore: string | number | boolean | null | unknown[];
  testo: string;
}

/** Everything about the person, once: the JSON file is this object, the .docx is written from it. */
export interface PersonExport {
  formato: 'exar-accesso-dati/1';
  preparatoIl: string;
  preparatoDa: string;
  ufficio: string;
  persona: { id: string; nome: string; cognome: string; codiceFiscale: string; registratoIl: string; campi: LabelledValue[] };
  datiParticolari: LabelledValue[] | null;
  noteColloquio: { data: string; autore: string; testo: string }[];
  allegati: { tipo: string; nomeFile: string; caricatoIl: string; dimensioneByte: number; sha256: string; eliminatoIl: string | null }[];
  proposte: { fabbisogno: string; associazione: string; stato: string; propostoIl: string; punteggio: number; colloquio: string | null; decisoIl: string | null; note: string | null }[];
  tirocini: {
    numero: string;
    tipo: string;
    stato: string;
    associazione: string;
    inizio: string | null;
    finePrevista: string | null;
    fineEffettiva: string | null;
    esito: string | null;
    note: string | null;
    documenti: { documento: string; versione: number; mese: string | null; nomeFile: string; generatoIl: string; generatoDa: string; sha256: string; firmato: string | null }[];
  }[];
  storico: { quando: string; operatore: string; registro: string; azione: string; modifiche: { campo: string; prima: unknown; dopo: unknown }[] }[];
}

const DASH = '—';
const yesNo = (v: boolean) => (v ? 'Sì' : 'No');
const dateText = (iso: string | null | undefined) => (iso ? formatItalianDate(iso.slice(0, 10)) : DASH);
/** A stored UTC timestamp as the office's clock read it: «01/12/2026 11:00». */
const dateTimeText = (iso: string) => {
  const local = italianDateTime(new Date(iso));
  return `${formatItalianDate(local)} ${local.slice(11, 16)}`;
};

/** Code → label for the profile's coded fields; other values are shown as they are. */
const CODE_LABELS: Partial<Record<keyof CandidateData, Record<string, string>>> = {
  sex: { M: 'Maschile', F: 'Femminile' },
  employmentStatus: EMPLOYMENT_STATUS_LABELS,
  benefits: BENEFIT_LABELS,
  targetCategory: TARGET_CATEGORY_LABELS,
  educationLevel: EDUCATION_LEVEL_LABELS,
  shifts: SHIFT_LABELS,
  specialLegalBasis: SPECIAL_LEGAL_BASIS_LABELS,
  status: CANDIDATE_STATUS_LABELS,
};

function valueText(field: string, value: unknown, format: string | undefined, labels: Record<string, string> | undefined): string {
  if (value === null || value === undefined || value === '') return DASH;
  if (typeof value === 'boolean') return yesNo(value);
  if (format === 'date' && typeof value === 'string') return dateText(value);
  if (format === 'percent' && typeof value === 'number') return `${value}%`;
  if (Array.isArray(value)) {
    if (value.length === 0) return DASH;
    if (field === 'experiences') {
      return (value as { role: string; employer: string | null; period: string | null; description: string | null }[])
        .map((e) => [e.role, e.employer, e.period, e.description].filter(Boolean).join(', '))
        .join('\n');
    }
    if (field === 'languages') {
      return (value as { language: string; level: keyof typeof CEFR_LABELS }[]).map((l) => `${l.language} (${CEFR_LABELS[l.level] ?? l.level})`).join(', ');
    }
    return value.map((v) => labels?.[String(v)] ?? String(v)).join(', ');
  }
  return labels?.[String(value)] ?? String(value);
}

function labelled<F extends string>(fields: Readonly<Record<F, { label: string; format?: string }>>, data: Readonly<Record<F, unknown>>, codes: Partial<Record<F, Record<string, string>>> = {}): LabelledValue[] {
  return (Object.keys(fields) as F[]).map((field) => {
    const info = fields[field];
    const value = data[field];
    return {
      campo: field,
      etichetta: info.label.replace('/a', ''),
      valore: (value ?? null) as LabelledValue['valore'],
      testo: valueText(field, value, info.format, codes[field]),
    };
  });
}

/** The ids the person is known by: the profile and those merged into it (their history is theirs too). */
export function personIds(ctx: ReadCtx, id: string): string[] {
  const merged = ctx.sqlite.prepare('SELECT id FROM candidates WHERE merged_into = ?').all(id) as { id: string }[];
  return [id, ...merged.map((m) => m.id)];
}

const placeholders = (ids: readonly string[]) => ids.map(() => '?').join(', ');

/** Gathers everything about the person (read only). */
export function collectPerson(ctx: ReadCtx, id: string): PersonExport {
  const row = requireCandidate(ctx, id);
  const ids = personIds(ctx, id);
  const inIds = placeholders(ids);
  const data = candidateData(row);
  const operator = ctx.sqlite.prepare('SELECT full_name AS name FROM operators WHERE id = ?').get(row.operatorId ?? '') as { name: string } | undefined;
  const campi = labelled(CANDIDATE_FIELDS, data as unknown as Record<keyof CandidateData, unknown>, CODE_LABELS).map((f) =>
    f.campo === 'operatorId' ? { ...f, testo: operator?.name ?? DASH } : f,
  );
  const special = findSpecial(ctx, id);
  const office = ctx.sqlite.prepare('SELECT name, promoter_name AS promoter FROM sites WHERE is_local = 1').get() as { name: string; promoter: string } | undefined;

  const notes = ctx.sqlite
    .prepare(`SELECT date, author_name AS author, text FROM candidate_notes WHERE candidate_id IN (${inIds}) AND deleted_at IS NULL ORDER BY date, created_at`)
    .all(...ids) as { date: string; author: string; text: string }[];
  const attachments = ctx.sqlite
    .prepare(`SELECT kind, file_name AS fileName, created_at AS createdAt, size, sha256, deleted_at AS deletedAt FROM candidate_attachments WHERE candidate_id IN (${inIds}) ORDER BY created_at`)
    .all(...ids) as { kind: keyof typeof ATTACHMENT_KIND_LABELS; fileName: string; createdAt: string; size: number; sha256: string; deletedAt: string | null }[];
  const matches = ctx.sqlite
    .prepare(
      `SELECT m.id, n.title, a.name AS association, m.status, m.proposed_on AS proposedOn, m.score, m.interview_at AS interviewAt, m.decided_on AS decidedOn, m.notes
       FROM matches m JOIN needs n ON n.id = m.need_id JOIN associations a ON a.id = n.association_id
       WHERE m.candidate_id IN (${inIds}) AND m.deleted_at IS NULL ORDER BY m.proposed_on`,
    )
    .all(...ids) as { id: string; title: string; association: string; status: MatchStatus; proposedOn: string; score: number; interviewAt: string | null; decidedOn: string | null; notes: string | null }[];
  const internships = ctx.sqlite
    .prepare(
      `SELECT i.id, i.number, i.type, i.status, a.name AS association, i.start_date AS startDate, i.planned_end_date AS plannedEnd,
              i.actual_end_date AS actualEnd, i.outcome, i.notes
       FROM internships i JOIN associations a ON a.id = i.association_id
       WHERE i.candidate_id IN (${inIds}) AND i.deleted_at IS NULL ORDER BY i.created_at`,
    )
    .all(...ids) as { id: string; number: string; type: InternshipType; status: InternshipStatus; association: string; startDate: string | null; plannedEnd: string | null; actualEnd: string | null; outcome: InternshipOutcome | null; notes: string | null }[];
  const documentsOf = ctx.sqlite.prepare(
    `SELECT kind, version, month, file_name AS fileName, created_at AS createdAt, generated_by AS generatedBy, sha256, signed_at AS signedAt
     FROM documents WHERE internship_id = ? AND deleted_at IS NULL ORDER BY kind, month, version`,
  );

  // The history: the profile's, the special data's, and that of the person's files and proposals.
  const recordIds = [...ids, ...internships.map((i) => i.id), ...matches.map((m) => m.id)];
  const history = ctx.sqlite
    .prepare(
      `SELECT at, operator_name AS operator, entity, action, changes FROM audit_log
       WHERE (entity IN ('candidates', 'candidate_special') AND entity_id IN (${inIds}))
          OR (entity = 'internships' AND entity_id IN (${placeholders(internships.map((i) => i.id)) || "''"}))
          OR (entity = 'matches' AND entity_id IN (${placeholders(matches.map((m) => m.id)) || "''"}))
       ORDER BY at, hlc`,
    )
    .all(...recordIds) as { at: string; operator: string; entity: string; action: string; changes: string }[];

  return {
    formato: 'exar-accesso-dati/1',
    preparatoIl: ctx.now().toISOString(),
    preparatoDa: ctx.actor.name,
    ufficio: office ? `${office.promoter} – ${office.name}` : '',
    persona: { id: row.id, nome: row.firstName, cognome: row.lastName, codiceFiscale: row.taxCode, registratoIl: row.createdAt, campi },
    datiParticolari: special ? labelled(CANDIDATE_SPECIAL_FIELDS, specialData(special)) : null,
    noteColloquio: notes.map((n) => ({ data: n.date, autore: n.author, testo: n.text })),
    allegati: attachments.map((a) => ({
      tipo: ATTACHMENT_KIND_LABELS[a.kind] ?? a.kind,
      nomeFile: a.fileName,
      caricatoIl: a.createdAt,
      dimensioneByte: a.size,
      sha256: a.sha256,
      eliminatoIl: a.deletedAt,
    })),
    proposte: matches.map((m) => ({
      fabbisogno: m.title,
      associazione: m.association,
      stato: MATCH_STATUS_LABELS[m.status] ?? m.status,
      propostoIl: m.proposedOn,
      punteggio: m.score,
      colloquio: m.interviewAt,
      decisoIl: m.decidedOn,
      note: m.notes,
    })),
    tirocini: internships.map((i) => ({
      numero: i.number,
      tipo: INTERNSHIP_TYPE_LABELS[i.type] ?? i.type,
      stato: INTERNSHIP_STATUS_LABELS[i.status] ?? i.status,
      associazione: i.association,
      inizio: i.startDate,
      finePrevista: i.plannedEnd,
      fineEffettiva: i.actualEnd,
      esito: i.outcome ? (INTERNSHIP_OUTCOME_LABELS[i.outcome] ?? i.outcome) : null,
      note: i.notes,
      documenti: (documentsOf.all(i.id) as { kind: DocumentKind; version: number; month: string | null; fileName: string; createdAt: string; generatedBy: string; sha256: string; signedAt: string | null }[]).map((d) => ({
        documento: DOCUMENT_KIND_LABELS[d.kind] ?? d.kind,
        versione: d.version,
        mese: d.month,
        nomeFile: d.fileName,
        generatoIl: d.createdAt,
        generatoDa: d.generatedBy,
        sha256: d.sha256,
        firmato: d.signedAt,
      })),
    })),
    storico: history.map((h) => ({
      quando: h.at,
      operatore: h.operator,
      registro: ENTITY_WORDS[h.entity] ?? h.entity,
      azione: ACTION_WORDS[h.action] ?? h.action,
      modifiche: decodeChanges('audit_log.changes', h.changes).map((c) => ({ campo: c.field, prima: c.before, dopo: c.after })),
    })),
  };
}

const ENTITY_WORDS: Record<string, string> = { candidates: 'Profilo', candidate_special: 'Dati particolari', internships: 'Tirocinio', matches: 'Proposta' };
const ACTION_WORDS: Record<string, string> = {
  create: 'Registrazione',
  update: 'Modifica',
  delete: 'Eliminazione',
  restore: 'Ripristino',
  view: 'Consultazione',
  merge: 'Unione di profili',
  import: 'Arrivo con lo scambio dati',
  export: 'Esportazione',
  resolve: 'Conflitto risolto',
  login: 'Accesso',
};

const FIELD_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries({ ...CANDIDATE_FIELDS, ...CANDIDATE_SPECIAL_FIELDS, ...CANDIDATE_HISTORY_FIELDS }).map(([k, v]) => [k, v.label.replace('/a', '')]),
);
// The proposals' own fields, which have no catalogue in shared/fields.
Object.assign(FIELD_LABELS, { proposedOn: 'Proposto il', score: 'Punteggio', operatorName: 'Operatore', decidedOn: 'Deciso il', interviewAt: 'Colloquio' });

/** Fields of the history that are bookkeeping (record ids, the ranking's reasons), not the person's data in words. */
const HIDDEN_IN_HISTORY = /(Id|^reasons)$/;

/** A history value in words: labels for codes, Italian dates, lists joined; JSON stays readable. */
function changeText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return DASH;
  if (typeof value === 'boolean') return yesNo(value);
  const text = String(value);
  if (text.startsWith('[')) {
    try {
      const list = JSON.parse(text) as unknown;
      if (Array.isArray(list)) return valueText(field, list, undefined, CODE_LABELS[field as keyof CandidateData]);
    } catch {
      // Not JSON after all: shown as written.
    }
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return dateTimeText(text);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return dateText(text);
  return CODE_LABELS[field as keyof CandidateData]?.[text] ?? text;
}

function historyLines(changes: PersonExport['storico'][number]['modifiche']): string {
  const shown = changes.filter((c) => !HIDDEN_IN_HISTORY.test(c.campo));
  // A create keeps the names of the fields given, not their values (the data are in the sections above).
  const given = shown.filter((c) => c.prima === null && c.dopo === null).map((c) => FIELD_LABELS[c.campo] ?? c.campo);
  const lines = shown
    .map((c) => ({ label: FIELD_LABELS[c.campo] ?? c.campo, before: changeText(c.campo, c.prima), after: changeText(c.campo, c.dopo) }))
    .filter((c) => c.before !== c.after)
    .map((c) => (c.before === DASH ? `${c.label}: ${c.after}` : `${c.label}: ${c.before} → ${c.after}`));
  return [...(given.length > 0 ? [`Campi compilati: ${given.join(', ')}`] : []), ...lines].join('\n');
}

/** The readable document: the same data, in sections with their Italian labels. */
export function personDocx(data: PersonExport): Promise<Buffer> {
  const width = textWidth(PORTRAIT);
  const p = data.persona;
  const body: FileChild[] = [
    ...title(`Dati personali di ${p.cognome} ${p.nome}`, `Risposta alla richiesta di accesso (art. 15 del Regolamento UE 2016/679)`),
    para(`Preparato il ${dateTimeText(data.preparatoIl)} da ${data.preparatoDa}${data.ufficio ? `, ${data.ufficio}` : ''}. Contiene tutti i dati che l’ufficio conserva sulla persona alla data indicata; lo stesso contenuto è nel file JSON allegato.`),
    heading('1. Dati del profilo'),
    dataTable(p.campi.map((f) => [f.etichetta, f.testo] as const), width),
    heading('2. Dati particolari (art. 9 del Regolamento)'),
    data.datiParticolari ? dataTable(data.datiParticolari.map((f) => [f.etichetta, f.testo] as const), width) : para('Nessun dato particolare registrato.'),
    heading('3. Note di colloquio'),
    ...(data.noteColloquio.length === 0 ? [para('Nessuna nota di colloquio.')] : [gridTable(['Data', 'Autore', 'Nota'], data.noteColloquio.map((n) => [dateText(n.data), n.autore, n.testo]), [1500, 2200, width - 3700])]),
    heading('4. Documenti allegati al profilo'),
    ...(data.allegati.length === 0
      ? [para('Nessun allegato.')]
      : [gridTable(['Tipo', 'Nome del file', 'Caricato il', 'Impronta SHA-256'], data.allegati.map((a) => [a.tipo + (a.eliminatoIl ? ' (tolto dal profilo)' : ''), a.nomeFile, dateText(a.caricatoIl), a.sha256]), [1900, 2600, 1300, width - 5800])]),
    heading('5. Proposte alle associazioni'),
    ...(data.proposte.length === 0
      ? [para('Nessuna proposta.')]
      : [gridTable(['Richiesta', 'Associazione', 'Stato', 'Proposto il', 'Note'], data.proposte.map((m) => [m.fabbisogno, m.associazione, m.stato, dateText(m.propostoIl), m.note ?? '']), [2300, 2300, 1500, 1300, width - 7400])]),
    heading('6. Tirocini'),
    ...(data.tirocini.length === 0
      ? [para('Nessun tirocinio.')]
      : data.tirocini.flatMap((t) => [
          dataTable(
            [
              ['Tipo', t.tipo],
              ['Stato', t.stato],
              ['Associazione ospitante', t.associazione],
              ['Inizio', dateText(t.inizio)],
              ['Fine prevista', dateText(t.finePrevista)],
              ['Fine effettiva', dateText(t.fineEffettiva)],
              ['Esito', t.esito],
              ['Note', t.note],
            ],
            width,
            `Pratica ${t.numero}`,
          ),
          t.documenti.length === 0
            ? para('Nessun documento generato per questa pratica.', { before: 80 })
            : gridTable(['Documento', 'Versione', 'Nome del file', 'Generato il', 'Firmato il'], t.documenti.map((d) => [d.documento + (d.mese ? ` (${d.mese})` : ''), String(d.versione), d.nomeFile, dateText(d.generatoIl), d.firmato ? dateText(d.firmato) : '']), [2200, 900, 3000, 1400, width - 7500]),
          para('', { after: 120 }),
        ])),
    heading('7. Storico delle modifiche'),
    ...(data.storico.length === 0
      ? [para('Nessuna voce.')]
      : [
          gridTable(
            ['Quando', 'Operatore', 'Cosa', 'Modifiche'],
            data.storico.map((h) => [
              dateTimeText(h.quando),
              h.operatore,
              `${h.azione} – ${h.registro}`,
              historyLines(h.modifiche),
            ]),
            [1700, 1900, 1900, width - 5500],
          ),
        ]),
  ];
  const doc = new Document({
    creator: data.ufficio || 'Exar',
    title: `Dati personali di ${p.cognome} ${p.nome}`,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: 'it-IT' } },
          paragraph: { spacing: { after: 100, line: 264, lineRule: LineRuleType.AUTO } },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [{ properties: { page: { margin: { top: 1300, bottom: 1100, left: 1134, right: 1134 } } }, children: body }],
  });
  return Packer.toBuffer(doc);
}

/** «Rossi Mario» → «rossi-mario»: a file name without spaces or accents. */
function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'persona';
}

/** The access request: the .zip with the .docx and the JSON, and the audit line (no content in it). */
export async function exportPerson(ctx: WriteCtx, id: string): Promise<{ fileName: string; mimeType: string; contentBase64: string }> {
  const data = collectPerson(ctx, id);
  const docx = await personDocx(data);
  const base = `dati-personali-${slug(`${data.persona.cognome} ${data.persona.nome}`)}-${ctx.today()}`;
  const zip = zipSync(
    {
      [`${base}.docx`]: [new Uint8Array(docx), { level: 0 }],
      [`${base}.json`]: new TextEncoder().encode(`${JSON.stringify(data, null, 2)}\n`),
    },
    { level: 6 },
  );
  writeAudit(ctx, {
    entity: 'candidates',
    entityId: id,
    action: 'export',
    changes: [{ field: 'accessoDati', before: null, after: 'Documento Word e JSON (art. 15 GDPR)' }],
  });
  return { fileName: `${base}.zip`, mimeType: 'application/zip', contentBase64: Buffer.from(zip).toString('base64') };
}
