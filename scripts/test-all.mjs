#!/usr/bin/env node
// `npm test`: typecheck, lint, unit and integration tests (vitest), browser end-to-end tests
// (Playwright with the system Chromium). Stops at the first failing step and ends with one
// summary line of passed and failed tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ARTIFACTS = 'tests/artifacts';
const VITEST_JSON = join(ARTIFACTS, 'vitest.json');
const PLAYWRIGHT_JSON = join(ARTIFACTS, 'playwright.json');
mkdirSync(ARTIFACTS, { recursive: true });
rmSync(VITEST_JSON, { force: true });
rmSync(PLAYWRIGHT_JSON, { force: true });

const chromium = process.env.EXAR_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium non trovato in ${chromium}: installalo (apt-get install -y chromium) o indica il percorso in EXAR_CHROMIUM.`);
  process.exit(1);
}

const steps = [
  ['Typecheck', 'npx', ['tsc', '-b']],
  ['Lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['Unit and integration tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${VITEST_JSON}`]],
  ['Renderer build', 'npm', ['run', 'build:renderer', '--silent']],
  ['End-to-end tests (Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json']],
];

function counts() {
  let passed = 0;
  let failed = 0;
  if (existsSync(VITEST_JSON)) {
    const v = JSON.parse(readFileSync(VITEST_JSON, 'utf8'));
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  if (existsSync(PLAYWRIGHT_JSON)) {
    const p = JSON.parse(readFileSync(PLAYWRIGHT_JSON, 'utf8'));
    passed += p.stats.expected + p.stats.flaky;
    failed += p.stats.unexpected;
  }
  return { passed, failed };
}

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: PLAYWRIGHT_JSON },
  });
  console.log(`=== ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
  if (result.status !== 0) {
    const { passed, failed } = counts();
    console.log(`\n${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(result.status ?? 1);
  }
}

const { passed, failed } = counts();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
