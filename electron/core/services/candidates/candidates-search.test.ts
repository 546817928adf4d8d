/**
 * Finding candidates: search as you type (accent-insensitive, by name, CF, skill, comune,
 * notes), the filters, the cap on broad searches, skill suggestions, and attachments.
 */
import { writeCtxOf } from '../../api/service-ctx';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_RESULT_CAP, type CandidateInput, type CandidateListInput } from '@shared/api/candidates';
import { createCandidate } from './candidates';
import { candidateFields } from '@shared/api/candidates';
import { createHarness, type Harness } from '../../../../tests/support/core-harness';
import { candidateInput, nextPerson, TINY_PDF } from '../../../../tests/support/fixtures';

let h: Harness;
let op: string;

async function add(overrides: Partial<CandidateInput>) {
  return h.ok('candidates.create', candidateInput(overrides), op);
}

async function names(input: CandidateListInput): Promise<string[]> {
  const list = await h.ok('candidates.list', { pageSize: 200, ...input }, op);
  return list.items.map((r) => `${r.lastName} ${r.firstName}`);
}

beforeAll(async () => {
  h = createHarness({ now: () => new Date('2026-11-24T10:00:00Z') });
  await h.setup();
  op = await h.sessionAs('operatore');
  const nicolo = nextPerson();
  await add({
    ...nicolo,
    firstName: 'Nicolò',
    lastName: 'D’Angelo',
    skills: ['Assistenza anziani'],
    resComune: 'Moncalieri',
    resProvince: 'TO',
    status: 'attivo',
    educationLevel: 'diploma',
    drivingLicences: ['B'],
    availableFrom: '2026-12-01',
    shifts: ['mattina'],
    notes: 'Ottima manualità, cerca part-time',
  });
  await add({
    firstName: 'Giulia',
    lastName: 'Bianchi',
    birthDate: '2000-01-15',
    skills: ['Cucina', 'Sala'],
    resComune: 'Cuneo',
    resProvince: 'CN',
    status: 'occupato',
    educationLevel: 'laurea',
    ownVehicle: true,
  });
  await add({ firstName: 'Ahmed', lastName: 'Benali', skills: ['Magazzino', 'Carrellista'], resComune: 'Alba', resProvince: 'CN', targetCategory: 'neet' });
});
afterAll(() => h.dispose());

describe('search as you type', () => {
  it('finds by surname prefix, accent- and apostrophe-insensitive, and by first name', async () => {
    expect(await names({ query: 'dang' })).toEqual(['D’Angelo Nicolò']);
    expect(await names({ query: 'nicolo' })).toEqual(['D’Angelo Nicolò']);
    expect(await names({ query: 'Bia' })).toEqual(['Bianchi Giulia']);
  });

  it('finds by codice fiscale fragment, skill, comune and notes', async () => {
    const giulia = (await h.ok('candidates.list', { query: 'giulia' }, op)).items[0]!;
    expect(await names({ query: giulia.taxCode.slice(0, 8).toLowerCase() })).toContain('Bianchi Giulia');
    expect(await names({ query: 'carrell' })).toEqual(['Benali Ahmed']);
    expect(await names({ query: 'assistenza anz' })).toEqual(['D’Angelo Nicolò']);
    expect(await names({ query: 'moncalieri' })).toEqual(['D’Angelo Nicolò']);
    expect(await names({ query: 'manualita' })).toEqual(['D’Angelo Nicolò']);
  });

  it('combines the search with filters and sorts in Italian order', async () => {
    expect(await names({ query: 'b', province: 'CN' })).toEqual(['Benali Ahmed', 'Bianchi Giulia']);
    expect(await names({ query: 'b', province: 'CN', direction: 'desc' })).toEqual(['Bianchi Giulia', 'Benali Ahmed']);
  });
});

describe('filters', () => {
  it('status, category, comune, licence, vehicle, shift, education and availability', async () => {
    expect(await names({ status: 'occupato' })).toEqual(['Bianchi Giulia']);
    expect(await names({ targetCategory: 'neet' })).toEqual(['Benali Ahmed']);
    expect(await names({ comune: 'moncalieri' })).toEqual(['D’Angelo Nicolò']);
    expect(await names({ licence: 'B' })).toEqual(['D’Angelo Nicolò']);
    expect(await names({ ownVehicle: true })).toEqual(['Bianchi Giulia']);
    expect(await names({ shift: 'mattina' })).toEqual(['D’Angelo Nicolò']);
    expect(await names({ educationMin: 'diploma' })).toEqual(['Bianchi Giulia', 'D’Angelo Nicolò']);
    expect(await names({ educationMin: 'laurea' })).toEqual(['Bianchi Giulia']);
    // Nicolò is available from 1 December: not yet on 30 November.
    expect(await names({ availableBy: '2026-11-30' })).not.toContain('D’Angelo Nicolò');
    expect(await names({ availableBy: '2026-12-01' })).toContain('D’Angelo Nicolò');
  });

  it('age range counts birthdays exactly (today is 24/11/2026)', async () => {
    await add({ firstName: 'Compie', lastName: 'Oggi', birthDate: '1996-11-24' }); // 30 today
    await add({ firstName: 'Compie', lastName: 'Domani', birthDate: '1996-11-25' }); // still 29
    expect(await names({ query: 'compie', ageMin: 30 })).toEqual(['Oggi Compie']);
    expect(await names({ query: 'compie', ageMax: 29 })).toEqual(['Domani Compie']);
    expect(await names({ query: 'compie', ageMin: 29, ageMax: 30 })).toEqual(['Domani Compie', 'Oggi Compie']);
  });
});

describe('broad searches', () => {
  it('past the cap, says the total is a lower bound and shows the newest first', async () => {
    const ctx = writeCtxOf(h.core.state, { id: null, name: 'Test' });
    h.core.state.database.db.transaction(() => {
      for (let i = 0; i <= SEARCH_RESULT_CAP; i++) {
        createCandidate(ctx, candidateFields.parse(candidateInput({ lastName: `Zeta${i}`, firstName: 'Ampio' })));
      }
    });
    const broad = await h.ok('candidates.list', { query: 'ampio', pageSize: 5 }, op);
    expect(broad.broad).toBe(true);
    expect(broad.total).toBe(SEARCH_RESULT_CAP);
    expect(broad.items.map((r) => r.lastName)).toEqual([1000, 999, 998, 997, 996].map((n) => `Zeta${n}`));
    // The cap counts what passes the filters: three of the many, filtered, are three.
    const filtered = await h.ok('candidates.list', { query: 'ampio', status: 'occupato' }, op);
    expect([filtered.broad, filtered.total, filtered.items.length]).toEqual([false, 0, 0]);
    // Over FILTER_FIRST_LIMIT profiles pass "attivo": the search starts from the words, filters applied as it goes.
    const viaProbe = await h.ok('candidates.list', { query: 'ampio zeta99', status: 'attivo' }, op);
    expect([viaProbe.broad, viaProbe.total]).toEqual([false, 11]);
    const narrow = await h.ok('candidates.list', { query: 'ampio zeta99' }, op);
    expect(narrow.broad).toBe(false);
    expect(narrow.total).toBe(11); // Zeta99 and Zeta990…Zeta999
  });
});

describe('skill vocabulary', () => {
  it('suggests skills in use, most used first, whatever the accents and case typed', async () => {
    await add({ skills: ['Sartoria', 'Saldatura'] });
    await add({ skills: ['sartoria'] });
    await add({ skills: ['Sartoria'] });
    const suggestions = await h.ok('candidates.skillSuggestions', { query: 'SÀ' }, op);
    expect(suggestions).toEqual([
      { skill: 'Sartoria', count: 3 },
      { skill: 'Sala', count: 1 },
      { skill: 'Saldatura', count: 1 },
    ]);
  });

  it('follows edits, deletions and restores, and counts a skill written twice by one person once', async () => {
    const first = await add({ skills: ['Vetreria', 'vetreria artistica'] });
    const second = await add({ skills: ['VETRERIA', 'Vetreria'] });
    const suggested = () => h.ok('candidates.skillSuggestions', { query: 'vètr' }, op);
    expect(await suggested()).toEqual([
      { skill: 'Vetreria', count: 2 },
      { skill: 'vetreria artistica', count: 1 },
    ]);
    const current = await h.ok('candidates.get', { id: first.id }, op);
    await h.ok('candidates.update', { id: current.id, hlc: current.hlc, data: { ...current, skills: ['Mosaico'] } }, op);
    expect(await suggested()).toEqual([{ skill: 'VETRERIA', count: 1 }]);
    const coordinator = await h.sessionAs('coordinatore');
    const deleted = await h.ok('candidates.delete', { id: second.id }, coordinator);
    expect(await suggested()).toEqual([]);
    await h.ok('candidates.restore', { id: deleted.id }, coordinator);
    expect(await suggested()).toEqual([{ skill: 'VETRERIA', count: 1 }]);
  });
});

describe('attachments', () => {
  it('copies the file into the data folder with its hash, and gives the same bytes back', async () => {
    const c = await add({});
    const att = await h.ok(
      'candidates.addAttachment',
      { candidateId: c.id, kind: 'cv', fileName: 'C:\\Users\\mario\\Desktop\\CV Mario.pdf', contentBase64: TINY_PDF.toString('base64') },
      op,
    );
    expect(att.fileName).toBe('CV Mario.pdf');
    expect(att.size).toBe(TINY_PDF.length);
    expect(att.sha256).toBe(createHash('sha256').update(TINY_PDF).digest('hex'));
    const stored = readdirSync(join(h.dataDir, 'attachments'));
    expect(stored).toContain(`${att.id}.pdf`);
    const row = h.core.state.database.sqlite.prepare('SELECT stored_name FROM candidate_attachments WHERE id = ?').get(att.id) as { stored_name: string };
    expect(row.stored_name).toBe(`${att.id}.pdf`);

    const content = await h.ok('candidates.attachmentContent', { id: att.id }, op);
    expect(Buffer.from(content.contentBase64, 'base64').equals(TINY_PDF)).toBe(true);
    expect(content.mimeType).toBe('application/pdf');

    // A file changed behind the app's back is refused, not served.
    const file = join(h.dataDir, 'attachments', `${att.id}.pdf`);
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from('x')]));
    const tampered = await h.call('candidates.attachmentContent', { id: att.id }, op);
    expect(tampered.ok ? 'ok' : tampered.error.message).toContain('alterato');
  });

  it('leaves no file behind when the record cannot be written', async () => {
    const c = await add({});
    const folder = join(h.dataDir, 'attachments');
    const before = existsSync(folder) ? readdirSync(folder).sort() : [];
    const sqlite = h.core.state.database.sqlite;
    sqlite.exec("CREATE TRIGGER no_attachments BEFORE INSERT ON candidate_attachments BEGIN SELECT RAISE(ABORT, 'disco pieno'); END;");
    try {
      const failed = await h.call('candidates.addAttachment', { candidateId: c.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: TINY_PDF.toString('base64') }, op);
      expect(failed.ok).toBe(false);
    } finally {
      sqlite.exec('DROP TRIGGER no_attachments');
    }
    expect(existsSync(folder) ? readdirSync(folder).sort() : []).toEqual(before);
  });

  it('refuses what is not a PDF, DOCX, JPG or PNG, or is too big, and stores nothing', async () => {
    const c = await add({});
    const before = existsSync(join(h.dataDir, 'attachments')) ? readdirSync(join(h.dataDir, 'attachments')).length : 0;
    const exe = Buffer.from('MZ\x90\x00 this is a program');
    const renamed = await h.call('candidates.addAttachment', { candidateId: c.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: exe.toString('base64') }, op);
    expect(renamed.ok ? 'ok' : renamed.error.message).toContain('Sono accettati solo file PDF, DOCX, JPG o PNG');
    const big = Buffer.concat([TINY_PDF, Buffer.alloc(10 * 1024 * 1024)]);
    const tooBig = await h.call('candidates.addAttachment', { candidateId: c.id, kind: 'cv', fileName: 'cv.pdf', contentBase64: big.toString('base64') }, op);
    expect(tooBig.ok ? 'ok' : tooBig.error.message).toContain('supera il limite di 10 MB');
    const after = existsSync(join(h.dataDir, 'attachments')) ? readdirSync(join(h.dataDir, 'attachments')).length : 0;
    expect(after).toBe(before);
    expect((await h.ok('candidates.get', { id: c.id }, op)).attachments).toEqual([]);
  });
});
