/**
 * Adding a method touches three files (issue 14): its entry in shared/api/<area>.ts, its handler in
 * electron/core/api/handlers/<area>.ts, and its valid input in tests/support/valid-inputs.ts.
 *
 * What this proves, reading the sources:
 * - A file can only demand a method it does not name if it walks the whole contract (METHOD_NAMES,
 *   `Object.keys(contract)`, or a type that maps every MethodName to something). Those files are
 *   the ones listed in WALKERS, each with what it demands; a new walker fails here until it is listed.
 * - The walkers hold no list of methods but the ones in EXCEPTION_LISTS, each with its reason: a
 *   method joins those only when it is the exception (refused on a desk by design, public, in need of
 *   a probe aimed at restricted people). The contract suite's `{}` list is read from the schemas.
 * - In the product (shared/, electron/ outside tests) a method is named by its contract file and its
 *   handler file, and otherwise only where PRODUCT_MENTIONS says why.
 * - So, for every method, the files a newcomer must touch are its contract file, its handler file and
 *   valid-inputs.ts: at most three.
 * What it does not prove: that a suite passes (running it does), nor anything about the integration,
 * e2e and unit tests that name methods: they name what they test, on purpose, and walk no contract.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { METHOD_NAMES, type MethodName } from '@shared/api/contract';
import { ROOT, sourceFiles, TEST_FILE } from './sources';

const VALID_INPUTS = 'tests/support/valid-inputs.ts';

/** Files that walk the whole contract, with what each demands of a new method. */
const WALKERS: Record<string, string> = {
  'shared/api/contract.ts': 'gathers the area files: the contract entry',
  'electron/core/api/types.ts': 'HandlerTable maps every method to its handler: a missing one is a type error in the handler file',
  'tests/contract/contract.test.ts': 'calls every method with its VALID_INPUT: valid-inputs.ts',
  'tests/contract/visibility.test.ts': 'calls every operator method with its PROBES or else its VALID_INPUT: nothing more',
  'tests/contract/italian-messages.test.ts': 'calls every method with hostile inputs shaped from its VALID_INPUT: valid-inputs.ts',
  'tests/contract/fuzz.test.ts': 'fuzzes every method from its VALID_INPUT (or with arbitrary JSON only, without one): nothing more',
  'tests/architecture/new-method.test.ts': 'this test: nothing',
};

/** Lists of methods inside the walkers, each a list of exceptions: a method joins it only for the reason given. */
const EXCEPTION_LISTS: Record<string, Record<string, string>> = {
  'tests/contract/contract.test.ts': {
    ALLOWED_BUT_REFUSED: 'methods a desk refuses by design (the regional office’s, a second office’s): a new method joins only if it is one',
    'it: the permission table keeps its security promises': 'the public methods spelled out: a method callable without logging in is a choice made on purpose',
    ENDS_EVERY_SESSION: 'methods whose success ends every session (a restore restarts the core), after which the suite logs in again: a new method joins only if it does that',
  },
  'tests/contract/italian-messages.test.ts': {
    OWN_SESSION: 'methods that end or change the caller’s session, called on a session of their own: a new method joins only if it does that',
  },
  'tests/contract/fuzz.test.ts': {
    FEWER_RUNS: 'methods whose accepted calls each take a scrypt hash, a Word file or a background job, fuzzed fewer times to keep the suite within its time: a new method joins only if it is that slow',
  },
  'tests/contract/visibility.test.ts': {
    PROBES: 'inputs aimed at restricted people where the valid input would not reach them, or where an operator is refused; optional',
  },
};

/** Product files, besides a method's contract and handler files, that name methods, with why. */
const PRODUCT_MENTIONS: Record<string, string> = {
  'electron/core/api/dispatch.ts': 'the few methods a locked session may still call (an exception list)',
  'shared/api/permissions.ts': 'permissions named like a method (matches.weights, candidates.merge…): a name, not a list of methods',
  'electron/core/services/documents/batch.ts': 'the pushed job event is named like the method that reads a job',
};

const FILES = ['shared', 'electron', 'tests', 'renderer/src'].flatMap((folder) => sourceFiles(folder, { tests: true }));
const sourceOf = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const isMethod = (text: string) => (METHOD_NAMES as string[]).includes(text);

/** True when the source walks every method: by the list of names, the contract's keys, or a complete type map. */
export function walksContract(source: string): boolean {
  if (/\bMETHOD_NAMES\b|Object\.(keys|values|entries)\(contract\)/.test(source)) return true;
  let found = false;
  const visit = (node: ts.Node) => {
    // `{ [M in MethodName]: X }` demands every method, unless optional (`?:`) or indexed at once (a union, `{…}[MethodName]`).
    if (ts.isMappedTypeNode(node) && node.typeParameter.constraint?.getText() === 'MethodName' && !node.questionToken && !ts.isIndexedAccessTypeNode(node.parent)) found = true;
    if (ts.isTypeReferenceNode(node) && node.typeName.getText() === 'Record' && node.typeArguments?.[0]?.getText() === 'MethodName') found = true;
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true));
  return found;
}

/** Where a list sits: its variable's name, or the title of the test it is written in. */
function placeOf(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isVariableDeclaration(n)) return n.name.getText();
    if (ts.isCallExpression(n) && ['it', 'test', 'describe'].includes(n.expression.getText()) && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) {
      return `it: ${n.arguments[0].text}`;
    }
  }
  return '(top level)';
}

/** Every object keyed by method names and every array of method names in the source: where it is, what it holds. */
export function methodLists(source: string): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const add = (node: ts.Node, names: string[]) => {
    if (names.length === 0) return;
    const place = placeOf(node);
    lists.set(place, [...(lists.get(place) ?? []), ...names]);
  };
  const visit = (node: ts.Node) => {
    if (ts.isObjectLiteralExpression(node)) {
      add(node, node.properties.flatMap((p) => (p.name && ts.isStringLiteral(p.name) && isMethod(p.name.text) ? [p.name.text] : [])));
    }
    if (ts.isArrayLiteralExpression(node)) add(node, node.elements.flatMap((e) => (ts.isStringLiteral(e) && isMethod(e.text) ? [e.text] : [])));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, true));
  return lists;
}

const mentions = (file: string, method: string) => sourceOf(file).includes(`'${method}'`);
const contractFiles = FILES.filter((f) => /^shared\/api\/[^/]+\.ts$/.test(f) && !TEST_FILE.test(f));
const handlerFiles = FILES.filter((f) => /^electron\/core\/api\/handlers\/[^/]+\.ts$/.test(f) && !TEST_FILE.test(f));
const declares = (file: string, method: string) => new RegExp(`^\\s*'${method.replace('.', '\\.')}': method\\(`, 'm').test(sourceOf(file));
const walkers = FILES.filter((f) => walksContract(sourceOf(f)));
const validInputs = methodLists(sourceOf(VALID_INPUTS)).get('VALID_INPUT') ?? [];

/** The files a newcomer must touch for the method: where it is declared, handled, given a valid input, or demanded. */
function mustTouch(method: MethodName): string[] {
  const files = new Set<string>();
  for (const f of contractFiles) if (declares(f, method)) files.add(f);
  for (const f of handlerFiles) if (mentions(f, method)) files.add(f);
  if (validInputs.includes(method)) files.add(VALID_INPUTS);
  for (const f of walkers) {
    for (const [place, names] of methodLists(sourceOf(f))) if (names.includes(method) && !EXCEPTION_LISTS[f]?.[place]) files.add(`${f} (${place})`);
  }
  const product = FILES.filter((f) => (f.startsWith('shared/') || f.startsWith('electron/')) && !TEST_FILE.test(f));
  for (const f of product) if (mentions(f, method) && !contractFiles.includes(f) && !handlerFiles.includes(f) && !PRODUCT_MENTIONS[f]) files.add(f);
  return [...files].sort();
}

describe('adding a method touches at most three files', () => {
  it('the files that walk the whole contract are the listed ones', () => {
    expect(walkers.sort()).toEqual(Object.keys(WALKERS).sort());
  });

  it('those files hold no list of methods but the documented exceptions', () => {
    const undocumented = walkers.flatMap((f) => [...methodLists(sourceOf(f)).keys()].filter((place) => !EXCEPTION_LISTS[f]?.[place]).map((place) => `${f}: ${place}`));
    expect(undocumented).toEqual([]);
  });

  it('every documented exception still exists', () => {
    const gone = Object.entries(EXCEPTION_LISTS).flatMap(([f, places]) => Object.keys(places).filter((place) => !methodLists(sourceOf(f)).has(place)).map((place) => `${f}: ${place}`));
    expect(gone).toEqual([]);
    for (const file of Object.keys(PRODUCT_MENTIONS)) expect(FILES, `${file} no longer exists: drop it from PRODUCT_MENTIONS`).toContain(file);
  });

  it.each(METHOD_NAMES)('%s: its contract file, its handler file, its valid input, and nothing else', (method) => {
    const files = mustTouch(method);
    expect(files.filter((f) => contractFiles.includes(f))).toHaveLength(1);
    expect(files.filter((f) => handlerFiles.includes(f))).toHaveLength(1);
    expect(files).toContain(VALID_INPUTS);
    expect(files).toHaveLength(3);
  });

  it('the readers find what they look for', () => {
    expect(walksContract('type T = { [M in MethodName]: string };')).toBe(true);
    expect(walksContract('const t: Record<MethodName, number> = x;')).toBe(true);
    expect(walksContract('for (const m of METHOD_NAMES) call(m);')).toBe(true);
    expect(walksContract('type T = { [M in MethodName]?: string };')).toBe(false);
    expect(walksContract('type T = { [M in MethodName]: M }[MethodName];')).toBe(false);
    const [a, b] = METHOD_NAMES;
    const lists = methodLists(`const EXTRA = { '${a}': 1 }; it('x', () => expect(y).toEqual(['${b}'])); h.ok('${a}', {});`);
    expect(Object.fromEntries(lists)).toEqual({ EXTRA: [a], 'it: x': [b] });
  });
});
