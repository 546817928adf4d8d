/**
 * A desk that keeps writing until it is killed (tests/integration/crash-writes.test.ts and
 * scripts/crash-trials.ts SIGKILL it at a random moment). It starts the core the way the app does
 * (the before-migration backup, the migrations, the sweep of stored files), then writes through
 * dispatch and the services in a loop: a person, an attachment with real bytes, an association, a
 * need, updates, now and then an attachment taken back. After each call has returned ok it prints one
 * line, `ack <kind> <id> [value]`: what the next start must still hold. Lines are written to a pipe,
 * which Node writes synchronously on Linux, so a printed line is one the parent can read.
 * Prints `starting` just before createCore and `started` after it, so the parent can aim at either phase.
 * Usage: node --import tsx tests/support/crash-writer-child.ts <dataDir> <migrationsFolder> <first person number>
 */
import { randomBytes } from 'node:crypto';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { encodePersonTaxCode } from '@shared/validation/tax-code-encode';
import { createCore } from '../../electron/core/core';
import { memoryLogger } from '../../electron/core/log';
import { associationInput, candidateInput, needInput, numericCode, TINY_PDF } from './fixtures';

/** A stray child (its test gone) ends by itself after this long. */
const GIVE_UP_MS = 60_000;
const SURNAMES = ['Bianchi', 'Verdi', 'Neri', 'Gallo', 'Conti', 'Greco', 'Costa', 'Fontana', 'Moretti', 'Barbieri'];
const NAMES = ['Mario', 'Luca', 'Paolo', 'Marco', 'Andrea', 'Franco', 'Sergio', 'Enrico', 'Piero', 'Carlo'];
/** Birth days per surname: 1950-01-01 plus up to 49 years, so every person is of working age. */
const DAYS = 18_000;

const [dataDir, migrationsFolder, firstPerson] = process.argv.slice(2);
if (!dataDir || !migrationsFolder || !firstPerson) throw new Error('usage: crash-writer-child.ts <dataDir> <migrationsFolder> <first person number>');
setTimeout(() => process.exit(3), GIVE_UP_MS).unref();

const say = (line: string) => process.stdout.write(`${line}\n`);

/** A person no other child of the run has made: the parent gives each child its own range of numbers. */
function person(n: number) {
  const birthDate = new Date(Date.UTC(1950, 0, 1) + (n % DAYS) * 86_400_000).toISOString().slice(0, 10);
  const lastName = SURNAMES[Math.floor(n / DAYS) % SURNAMES.length]!;
  const firstName = NAMES[Math.floor(n / (DAYS * SURNAMES.length)) % NAMES.length]!;
  const who = { firstName, lastName, sex: 'M' as const, birthDate };
  return { ...who, taxCode: encodePersonTaxCode({ ...who, placeCode: 'L219' }) };
}

/** A real PDF of 1 KB to 256 KB: the sizes make the write take a varying share of each round. */
function pdfBytes(): Buffer {
  const padding = randomBytes(512 + Math.floor(Math.random() * 128 * 1024)).toString('base64');
  return Buffer.concat([Buffer.from(`%PDF-1.4\n%${padding}\n`), TINY_PDF.subarray('%PDF-1.4\n'.length)]);
}

say('starting');
const core = createCore({ dataDir, migrationsFolder, log: memoryLogger(), backupSchedule: false });
say('started');
const admin = core.state.database.sqlite.prepare("SELECT id FROM operators WHERE role = 'amministratore' LIMIT 1").get() as { id: string };
// A session made as auth.login makes one: a login would spend a scrypt hash of the short life the child has.
const session = core.state.sessions.create(admin.id).token;

async function ok<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await core.invoke({ method, input, session });
  if (!result.ok) {
    say(`error ${method} ${JSON.stringify(result.error)}`);
    process.exit(4);
  }
  return result.value as MethodOutput<M>;
}

async function main(): Promise<void> {
  let n = Number(firstPerson);
  for (let round = 1; ; round++) {
    const created = await ok('candidates.create', candidateInput(person(n++)));
    say(`ack candidate ${created.id}`);
    const attachment = await ok('candidates.addAttachment', {
      candidateId: created.id,
      kind: 'cv',
      fileName: `cv ${round}.pdf`,
      contentBase64: pdfBytes().toString('base64'),
    });
    say(`ack attachment ${attachment.id}`);
    const association = await ok('associations.create', associationInput({ name: `Associazione Prova ${process.pid} ${round}`, taxCode: numericCode(500_000 + n) }));
    say(`ack association ${association.id}`);
    const need = await ok('needs.create', needInput(association.id));
    say(`ack need ${need.id}`);
    const current = await ok('candidates.get', { id: created.id });
    await ok('candidates.update', { id: current.id, hlc: current.hlc, data: { ...current, notes: `giro ${round}` } });
    say(`ack note ${created.id} giro ${round}`);
    if (round % 3 === 0) {
      await ok('candidates.removeAttachment', { id: attachment.id });
      say(`ack removed ${attachment.id}`);
    }
  }
}

void main();
