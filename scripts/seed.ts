/**
 * `npm run seed -- --profile small|piemonte1|piemonte10|piemonte100 [--data-dir DIR] [--force] [--seed N] [--fast|--plain]`
 * Fills a data folder with realistic demo data through the app's own services. The default
 * folder is the one `npm run web` opens by default (./data). `--fast` takes the seed's fast path
 * (scripts/seed/fast-path.ts: the same services, statements compiled once, indexes built at the end),
 * the default for piemonte10 and piemonte100; `--plain` the plain path.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SeedRefusedError, seedDataFolder } from './seed/index';
import { isSeedProfileName, SEED_PROFILES } from './seed/profiles';
import { MATCH_STATUS_LABELS, type MatchStatus } from '@shared/api/matches';
import { NEED_STATUS_LABELS, type NeedStatus } from '@shared/api/needs';

const it = (n: number) => n.toLocaleString('it-IT');

/** "nuovo 120, in analisi 80, …": statuses with their counts, in lifecycle order, the empty ones left out. */
function byStatus<S extends string>(counts: Record<S, number>, labels: Record<S, string>): string {
  return (Object.keys(labels) as S[])
    .filter((s) => counts[s] > 0)
    .map((s) => `${labels[s].toLocaleLowerCase('it')} ${it(counts[s])}`)
    .join(', ');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      profile: { type: 'string', default: 'small' },
      'data-dir': { type: 'string', default: 'data' },
      force: { type: 'boolean', default: false },
      seed: { type: 'string', default: '2026' },
      fast: { type: 'boolean' },
      plain: { type: 'boolean' },
    },
  });
  const profile = values.profile;
  if (!isSeedProfileName(profile)) {
    console.error(`Profilo sconosciuto «${profile}»: usa ${Object.keys(SEED_PROFILES).join(' oppure ')}. / Unknown profile.`);
    process.exit(2);
  }
  const dataDir = resolve(values['data-dir']);
  console.log(`Dati di prova «${profile}» in ${dataDir}`);
  try {
    const fast = values.fast ? true : values.plain ? false : undefined;
    const report = await seedDataFolder({ dataDir, profile, force: values.force, seed: Number(values.seed), fast, log: (line) => console.log(line) });
    const c = report.candidates;
    const path = report.fastPath.options.statements ? 'percorso veloce' : 'percorso normale';
    console.log(
      `Fatto in ${report.seconds.total.toFixed(1)} s (${path}): ${report.associations.toLocaleString('it-IT')} associazioni (${report.seconds.associations.toFixed(1)} s), ` +
        `${c.created.toLocaleString('it-IT')} candidati (${report.seconds.candidates.toFixed(1)} s) con ${c.duplicatePairs} coppie di quasi-doppioni, ` +
        `${c.notes.toLocaleString('it-IT')} note di colloquio, ${c.special.toLocaleString('it-IT')} schede di dati particolari` +
        (c.refused > 0 ? `, ${c.refused} rifiutati dal servizio` : '') + '.',
    );
    const { needs, matches, seconds } = report;
    console.log(
      `Fabbisogni: ${it(needs.created)} (${seconds.needs.toFixed(1)} s) — ${byStatus<NeedStatus>(needs.byStatus, NEED_STATUS_LABELS)}; ` +
        `${it(needs.withMatches)} con candidati proposti` + (needs.refused > 0 ? `, ${needs.refused} passaggi rifiutati dal servizio` : '') + '.',
    );
    console.log(
      `Abbinamenti: ${it(matches.created)} (${seconds.matches.toFixed(1)} s) — ${byStatus<MatchStatus>(matches.byStatus, MATCH_STATUS_LABELS)}` +
        (matches.refused > 0 ? `; ${matches.refused} passaggi rifiutati dal servizio` : '') + '.',
    );
    if (report.setUpNow) console.log('Prima configurazione completata (Sportello Torino, TO01).');
    if (report.credentials.length > 0) {
      console.log('Utenti creati (solo per prova):');
      for (const u of report.credentials) console.log(`  ${u.username} / ${u.password}  (${u.role})`);
    }
    console.log(`Avvia con: npm run web -- --data-dir ${dataDir}`);
  } catch (error) {
    if (error instanceof SeedRefusedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

void main();
