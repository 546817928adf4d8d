/**
 * The renderer's areas depend on each other in one direction only (issue 14): a page may embed
 * another area's panel, but no two areas import each other, directly or through a loop; widgets
 * several areas use live in renderer/src/components/ or lib/. And the pure rules stay below the
 * contract: shared/rules/ never imports shared/api/ (enums both need live in shared/domain/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, inside, ROOT, sourceFiles, targetOf } from './sources';

const AREAS = 'renderer/src/areas';

function areaOf(path: string | null): string | null {
  if (!inside(path, AREAS)) return null;
  return path!.slice(AREAS.length + 1).split('/')[0] ?? null;
}

/** area → areas it imports, with one example import per edge for the message. */
export function areaGraph(files: readonly { file: string; source: string }[]): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const { file, source } of files) {
    const from = areaOf(file);
    if (!from) continue;
    for (const spec of importsOf(source)) {
      const to = areaOf(targetOf(file, spec));
      if (!to || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string>();
      if (!edges.has(to)) edges.set(to, `${file} imports '${spec}'`);
      graph.set(from, edges);
    }
  }
  return graph;
}

/** Every loop between areas (strongly connected groups of two or more), each as its member areas. */
export function areaLoops(graph: Map<string, Map<string, string>>): string[][] {
  // Tarjan's algorithm: small graph, recursion is fine.
  let index = 0;
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const nodes = new Set([...graph.keys(), ...[...graph.values()].flatMap((e) => [...e.keys()])]);
  const visit = (v: string) => {
    order.set(v, index);
    low.set(v, index);
    index += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!order.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
    }
    if (low.get(v) === order.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) loops.push(group.sort());
    }
  };
  for (const v of [...nodes].sort()) if (!order.has(v)) visit(v);
  return loops;
}

const read = (folder: string) => sourceFiles(folder).map((file) => ({ file, source: readFileSync(join(ROOT, file), 'utf8') }));

describe('renderer areas', () => {
  it('depend on each other in one direction only: no two areas import each other, directly or in a loop', () => {
    const graph = areaGraph(read('renderer'));
    const loops = areaLoops(graph).map((group) =>
      group
        .flatMap((a) => group.filter((b) => graph.get(a)?.has(b)).map((b) => graph.get(a)!.get(b)!))
        .join('\n'),
    );
    expect(loops).toEqual([]);
  });

  it('the check finds a direct pair and a longer loop, and accepts one-way use', () => {
    const file = (area: string, imports: string[]) => ({ file: `${AREAS}/${area}/Page.tsx`, source: imports.map((a) => `import x from '../${a}/Card';`).join('\n') });
    expect(areaLoops(areaGraph([file('a', ['b']), file('b', ['a'])]))).toEqual([['a', 'b']]);
    expect(areaLoops(areaGraph([file('a', ['b']), file('b', ['c']), file('c', ['a'])]))).toEqual([['a', 'b', 'c']]);
    expect(areaLoops(areaGraph([file('a', ['b', 'c']), file('b', ['c'])]))).toEqual([]);
  });
});

describe('shared/', () => {
  it('the pure rules never import the contract (shared/rules → shared/api)', () => {
    const problems = read('shared/rules').flatMap(({ file, source }) =>
      importsOf(source)
        .filter((spec) => inside(targetOf(file, spec), 'shared/api'))
        .map((spec) => `${file} imports '${spec}'`),
    );
    expect(problems).toEqual([]);
  });
});
