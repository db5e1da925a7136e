// What a file in dist/ pulls in: its relative imports, static and dynamic, and
// everything reachable from an entry. Used by the size report and by the test
// that keeps the server and testing entries out of the browser's reach.
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseAst } from 'rollup/parseAst';

export const DIST = 'dist';

/** Relative imports of a file in dist, split into static and dynamic. */
export function importsOf(file, dist = DIST) {
  const found = { static: [], dynamic: [] };
  const resolve = (spec) => posix.join(posix.dirname(file), spec);
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (/^(Import|ExportAll|ExportNamed)Declaration$/.test(node.type) && node.source?.value?.startsWith('.')) {
      found.static.push(resolve(node.source.value));
    } else if (node.type === 'ImportExpression' && node.source.type === 'Literal' && node.source.value.startsWith('.')) {
      found.dynamic.push(resolve(node.source.value));
    }
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) if (child && typeof child === 'object') walk(child);
    }
  })(parseAst(readFileSync(join(dist, file), 'utf8')));
  return found;
}

/** An entry plus everything it imports statically (`eager`), and what it loads with import() (`lazy`). */
export function graphOf(entry, dist = DIST) {
  const eager = new Set();
  const lazy = new Set();
  const visit = (file, set) => {
    if (eager.has(file) || set.has(file)) return;
    set.add(file);
    const { static: stat, dynamic } = importsOf(file, dist);
    for (const f of stat) visit(f, set);
    for (const f of dynamic) visit(f, lazy);
  };
  visit(entry, eager);
  for (const f of eager) lazy.delete(f);
  return { eager, lazy };
}
