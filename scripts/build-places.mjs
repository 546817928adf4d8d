// Writes resources/reference/places.json: every Belfiore (catasto) code the codice fiscale can
// hold — current and suppressed comuni, current and former foreign states — from the dataset
// embedded in @marketto/belfiore-connector-embedded (ANPR), with the name and province of every
// current comune taken from ISTAT's list of today's comuni as packaged in italian-locations.
// Both are devDependencies: only the JSON ships.
// Run `node scripts/build-places.mjs` after updating either package; see resources/reference/README.md.
//
// Row shape (kept positional so ~10,000 rows stay well under a megabyte):
//   [code, name, province | null, kind ('C' comune | 'S' foreign state), validFrom | null, validTo | null]
// Dates are 'YYYY-MM-DD'; validTo is the day the code stopped being used, inclusive.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@marketto/belfiore-connector-embedded';
const ISTAT_PACKAGE = 'italian-locations';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = join(root, 'resources', 'reference', 'places.json');

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(require.resolve(`${PACKAGE}/package.json`), 'utf8'));
const { belfioreConnector } = require(PACKAGE);
// italian-locations exports only its entry point, not its package.json: find it beside dist/.
const istatPkg = JSON.parse(readFileSync(join(dirname(require.resolve(ISTAT_PACKAGE)), '..', 'package.json'), 'utf8'));
const istat = require(ISTAT_PACKAGE);

// The source encodes "no start date" as the day the Kingdom of Italy's calendar starts and
// "still valid" as the last day of year 9999: both become null here.
const NO_START = '1861-01-01';
const NO_END = '9999-12-31';

// Italian prepositions, articles and conjunctions written in lower case inside a name
// ("San Donà di Piave", "Castiglione del Lago"), plus the French ones of the Aosta valley.
const PARTICLES = new Set([
  'a', 'ai', 'al', 'alla', 'allo', 'con', 'da', 'dai', 'dal', 'dalla', 'de', 'dei', 'degli', 'del',
  'della', 'delle', 'dello', 'di', 'du', 'e', 'ed', 'en', 'et', 'in', 'nei', 'nel', 'nella', 'nello',
  'per', 'presso', 'su', 'sui', 'sul', 'sulla', 'sullo',
]);
// The same, elided before an apostrophe ("Cerreto d'Esi", "Reggio nell'Emilia", "Motta de' Conti").
const ELIDED = new Set(['d', 'de', 'dall', 'dell', 'l', 'ne', 'nell', 'sull', 'all', 'coll']);
// "De Sanctis" is a surname, not a preposition.
const KEEP_AS_IS = new Set(['Morra De Sanctis']);

/** Local calendar date: the source builds its dates at local midnight. */
function isoDate(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function capitalise(text) {
  return text === '' ? text : text[0].toUpperCase() + text.slice(1);
}

/**
 * A few names in the source were read as Latin-1 (or Windows-1250) instead of UTF-8
 * ("CittÃ  della Pieve", "ChÃ¢tillon"), and where the lost byte was a non-breaking space it was
 * then trimmed away ("ContÃ"): only "à" ends in that byte, so a dangling lead byte is an "à".
 */
function fixMojibake(name) {
  return name
    .replace(/Ã([\u0080-\u00bf])/g, (_, next) => Buffer.from([0xc3, next.charCodeAt(0)]).toString('utf8'))
    .replace(/[ÃĂ]\s*$/u, 'à')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Most names are ISTAT's own spelling, but the suppressed comuni and a few dozen current ones
 * ("Alà Dei Sardi", "Sant'elia A Pianisi", "Albiano D'ivrea") were title-cased word by word from
 * an upper-case register: put them in the official style. Official names that the rules would
 * spoil are listed in KEEP_AS_IS.
 */
function italianCase(name) {
  if (KEEP_AS_IS.has(name)) return name;
  const words = name.split(' ');
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && PARTICLES.has(lower)) return lower;
      // "Abbadia sopra Adda", but "Brembate di Sopra" and a final "Sopra"/"Sotto" are place nouns.
      if (
        (lower === 'sopra' || lower === 'sotto') &&
        index > 0 &&
        index < words.length - 1 &&
        words[index - 1].toLowerCase() !== 'di'
      ) {
        return lower;
      }
      return word
        .split('-')
        .map((segment, segmentIndex) => {
          const parts = segment.split("'");
          if (parts.length === 1) {
            if (segmentIndex === 0) return segment;
            return PARTICLES.has(segment.toLowerCase()) ? segment.toLowerCase() : capitalise(segment);
          }
          const [head, ...rest] = parts;
          const elided = (index > 0 || segmentIndex > 0) && ELIDED.has(head.toLowerCase());
          return [elided ? head.toLowerCase() : head, ...rest.map(capitalise)].join("'");
        })
        .join('-');
    })
    .join(' ');
}

function fold(text) {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Today's comuni by Belfiore code, from ISTAT's list (Elenco dei comuni italiani) as packaged in
 * italian-locations: its official name and the sigla of the province it is in now.
 *
 * The ANPR dataset keeps one record per code, and for a comune that changed province its
 * province (and at times its name) is that of an earlier period: Caluso, Ivrea and Samone come
 * out in AO (Aosta 1927–1945), the Terra di Lavoro comuni in NA or BN instead of CE. So the
 * current comuni take both from here.
 */
function loadCurrentComuni() {
  const byCode = new Map();
  // One row per CAP: a comune with several CAPs appears several times, always alike.
  for (const comune of istat.getAllComuni()) {
    const code = comune.codiceBelfiore.trim().toUpperCase();
    const entry = { name: comune.nome.trim(), province: comune.siglaProvincia.trim(), istatCode: comune.codiceIstat };
    if (!/^[A-Z]\d{3}$/.test(code) || !/^[A-Z]{2}$/.test(entry.province) || !entry.name) {
      throw new Error(`${ISTAT_PACKAGE}: bad comune ${JSON.stringify(comune)}`);
    }
    const seen = byCode.get(code);
    if (seen && JSON.stringify(seen) !== JSON.stringify(entry)) {
      throw new Error(`${ISTAT_PACKAGE}: ${code} twice, differently: ${JSON.stringify(seen)} / ${JSON.stringify(entry)}`);
    }
    byCode.set(code, entry);
  }
  // The package also lists the provinces with ISTAT's count of comuni: both halves must agree.
  const counted = new Map();
  for (const { province } of byCode.values()) counted.set(province, (counted.get(province) ?? 0) + 1);
  const provinces = istat.getAllProvince();
  for (const { sigla, numeroComuni } of provinces) {
    if (counted.get(sigla) !== numeroComuni) {
      throw new Error(`${ISTAT_PACKAGE}: ${sigla} declares ${numeroComuni} comuni, lists ${counted.get(sigla) ?? 0}`);
    }
  }
  if (provinces.length !== counted.size) throw new Error(`${ISTAT_PACKAGE}: comuni in provinces it does not list`);
  return byCode;
}

const today = isoDate(new Date());
const currentComuni = loadCurrentComuni();
const unmatched = new Set(currentComuni.keys());
const changes = { province: [], name: [] };
const sources = new Map();
const rows = [];
for (const place of await belfioreConnector.toArray()) {
  const code = place.belfioreCode;
  const isState = code.startsWith('Z');
  const validFrom = isoDate(place.creationDate);
  const validTo = isoDate(place.expirationDate);
  const cleaned = fixMojibake(place.name);
  let name = italianCase(cleaned);
  // Only the letter case may change: anything else would be a bug here, not in the source.
  if (fold(name) !== fold(cleaned)) throw new Error(`Name changed beyond letter case: ${cleaned} -> ${name}`);
  if (/[ÃĂÂ�]/u.test(name)) throw new Error(`Undecoded characters left in ${code} ${name}`);
  let province = isState ? null : (place.province ?? '').trim() || null;
  if (!isState && validTo === NO_END) {
    const now = currentComuni.get(code);
    if (!now) {
      throw new Error(
        `${code} ${name} is current for ANPR but not in ISTAT's list (${ISTAT_PACKAGE}): ` +
          'the two packages describe different dates, update the one that is behind',
      );
    }
    unmatched.delete(code);
    if (now.province !== province) changes.province.push([code, now.name, province, now.province]);
    if (now.name !== name) changes.name.push([code, name, now.name]);
    province = now.province;
    name = now.name;
  }
  rows.push([
    code,
    name,
    province,
    isState ? 'S' : 'C',
    validFrom === NO_START ? null : validFrom,
    validTo === NO_END ? null : validTo,
  ]);
  const source = place.dataSource;
  sources.set(source.name, {
    name: source.name,
    url: source.url ?? null,
    license: source.license,
    licenseUrl: source.licenseUrl ?? null,
    places: (sources.get(source.name)?.places ?? 0) + 1,
  });
}

if (unmatched.size > 0) {
  throw new Error(
    `In ISTAT's list (${ISTAT_PACKAGE}) but not current for ANPR: ${[...unmatched].join(', ')}: ` +
      'the two packages describe different dates, update the one that is behind',
  );
}

rows.sort((a, b) => (a[0] === b[0] ? String(a[4]).localeCompare(String(b[4])) : a[0] < b[0] ? -1 : 1));

const header = {
  source: {
    package: PACKAGE,
    version: pkg.version,
    license: pkg.license,
    data: [...sources.values()],
    currentComuni: {
      package: ISTAT_PACKAGE,
      version: istatPkg.version,
      license: istatPkg.license,
      data: {
        name: 'Garda Informatica, Database dei comuni italiani, from Istituto nazionale di statistica, Elenco dei comuni italiani',
        url: 'https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/',
        license: 'MIT (Garda Informatica); ISTAT data cc-by-4.0',
        licenseUrl: 'https://creativecommons.org/licenses/by/4.0/legalcode.it',
      },
      fields: ['name', 'province'],
      places: currentComuni.size,
      provincesChanged: changes.province.length,
      namesChanged: changes.name.length,
    },
  },
  generatedAt: new Date().toISOString(),
  columns: ['code', 'name', 'province', 'kind', 'validFrom', 'validTo'],
};
// One row per line: small, and a regeneration shows up in a diff row by row.
const body = JSON.stringify(header, null, 2)
  .replace(/"columns": \[[^\]]*\]/, `"columns": ${JSON.stringify(header.columns)}`)
  .replace(/\n}$/, ',\n  "places": [\n');
const text = `${body}${rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]\n}\n`;
JSON.parse(text);

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, text);

const comuni = rows.filter((r) => r[3] === 'C');
const states = rows.filter((r) => r[3] === 'S');
const current = (r) => r[5] === null || r[5] >= today;
for (const [code, name, from, to] of changes.province) console.log(`province ${code} ${name}: ${from} -> ${to}`);
for (const [code, from, to] of changes.name) console.log(`name ${code}: ${from} -> ${to}`);
console.log(
  `current comuni from ${ISTAT_PACKAGE} ${istatPkg.version}: ${changes.province.length} provinces and ` +
    `${changes.name.length} names differ from ANPR's record`,
);
console.log(
  `${outFile}: ${rows.length} places, ${Buffer.byteLength(text)} bytes; ` +
    `comuni ${comuni.filter(current).length} current + ${comuni.filter((r) => !current(r)).length} suppressed; ` +
    `foreign states ${states.filter(current).length} current + ${states.filter((r) => !current(r)).length} former`,
);
