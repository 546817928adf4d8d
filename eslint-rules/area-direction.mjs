// The renderer's areas depend on each other in one direction only (issue 14, VS Code's way: a local
// rule with the allowed direction written down). An area may import an area listed after it, never
// one listed before: a page embeds a panel of an area below it (the association page lists its needs),
// and a widget two areas share moves to renderer/src/components/. tests/architecture/areas.test.ts
// checks the same on the whole graph (no loops, whatever the order).
import { dirname, relative, resolve, sep } from 'node:path';

/** Top to bottom: each may import only those after it. */
export const AREA_ORDER = ['today', 'reports', 'exchange', 'associations', 'candidates', 'needs', 'matches', 'internships', 'settings', 'documents', 'operators'];

const AREAS = `renderer${sep}src${sep}areas${sep}`;

function areaOf(absolute, root) {
  const rel = relative(root, absolute);
  return rel.startsWith(AREAS) ? rel.slice(AREAS.length).split(sep)[0] : null;
}

export const areaDirection = {
  meta: {
    type: 'problem',
    docs: { description: 'renderer areas import each other in one direction only' },
    schema: [],
    messages: {
      upward: "L'area «{{from}}» non può importare «{{to}}», che sta sopra di lei ({{order}}): sposta il componente in renderer/src/components/.",
      unlisted: "L'area «{{area}}» non è nell'elenco AREA_ORDER di eslint-rules/area-direction.mjs: aggiungila al posto giusto.",
    },
  },
  create(context) {
    const root = context.cwd;
    const from = areaOf(context.filename, root);
    if (!from) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const to = areaOf(resolve(dirname(context.filename), spec), root);
      if (!to || to === from) return;
      for (const area of [from, to]) if (!AREA_ORDER.includes(area)) return context.report({ node, messageId: 'unlisted', data: { area } });
      if (AREA_ORDER.indexOf(to) < AREA_ORDER.indexOf(from)) context.report({ node, messageId: 'upward', data: { from, to, order: AREA_ORDER.join(' → ') } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
