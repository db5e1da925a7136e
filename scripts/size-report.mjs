// Size report for dist/: raw, minified and min+gzip of every .js file, then the two numbers that
// matter for a page using the bundle: what loads eagerly vs the lazily loaded Persona chunk.
// Exits 1 if Persona code is reachable from the bundle entry by static imports.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';
import { minify } from 'terser';

const DIST = 'dist';
/**
 * What a page may download eagerly (the bundle: our entry + lit), min+gzip, before anyone needs to verify.
 * 12 KB plus 128 B for retrying a failed download in Firefox (issue 12), which must be in the entry:
 * it retries the entry's own lazy chunks. To be decided by the maintainers.
 */
const EAGER_BUDGET = 12 * 1024 + 128;
const BUNDLE = 'id-verification-gate.bundle.js';
const PERSONA_MARKER = 'persona-widget__iframe'; // a class name only the Persona SDK contains

const files = readdirSync(DIST, { recursive: true })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.js'))
  .sort();
const source = (file) => readFileSync(join(DIST, file), 'utf8');

/** Relative imports of a file in dist, split into static and dynamic. */
function importsOf(file) {
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
  })(parseAst(source(file)));
  return found;
}

/** The bundle entry plus everything it imports statically, and the chunks it loads with import(). */
function bundleGraph() {
  const eager = new Set();
  const lazy = new Set();
  const visit = (file, set) => {
    if (eager.has(file) || set.has(file)) return;
    set.add(file);
    const { static: stat, dynamic } = importsOf(file);
    for (const f of stat) visit(f, set);
    for (const f of dynamic) visit(f, lazy);
  };
  visit(BUNDLE, eager);
  for (const f of eager) lazy.delete(f);
  return { eager, lazy };
}

const { eager, lazy } = bundleGraph();
const gz = (code) => gzipSync(code, { level: 9 }).length;
const rows = [];
for (const file of files) {
  const raw = source(file);
  // The bundle and its chunks are already minified by rollup; minify the library files here.
  const min = eager.has(file) || lazy.has(file) ? raw : (await minify(raw, { module: true })).code ?? '';
  rows.push({ file, raw: Buffer.byteLength(raw), min: Buffer.byteLength(min), gzip: gz(min) });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pad = (s, n) => String(s).padStart(n);
const width = Math.max(...rows.map((r) => r.file.length));
console.log(`\n${'file'.padEnd(width)}  ${pad('raw', 9)}  ${pad('min', 9)}  ${pad('min+gzip', 9)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)}  ${pad(kb(r.raw), 9)}  ${pad(kb(r.min), 9)}  ${pad(kb(r.gzip), 9)}`);

const total = (set) => rows.filter((r) => set.has(r.file)).reduce((sum, r) => sum + r.gzip, 0);
const isPersona = (file) => source(file).includes(PERSONA_MARKER);
const personaChunks = new Set([...lazy].filter(isPersona));
const otherLazy = new Set([...lazy].filter((f) => !isPersona(f)));
const list = (set) => [...set].join(', ') || 'none';
console.log(`\nbundle, loaded eagerly (${list(eager)}): ${kb(total(eager))} min+gzip (budget ${kb(EAGER_BUDGET)})`);
console.log(`Persona SDK, loaded lazily (${list(personaChunks)}): ${kb(total(personaChunks))} min+gzip`);
const largest = Math.max(0, ...rows.filter((r) => otherLazy.has(r.file)).map((r) => r.gzip));
console.log(`other lazy chunks (screens, flow, translations), ${otherLazy.size} files, each at most ${kb(largest)} min+gzip\n`);

if (total(eager) > EAGER_BUDGET) {
  console.error(`size-report: eager code is ${kb(total(eager))}, over the ${kb(EAGER_BUDGET)} budget.`);
  process.exit(1);
}
if ([...eager].some(isPersona) || personaChunks.size === 0) {
  console.error(`size-report: the Persona SDK is not in its own lazy chunk (marker "${PERSONA_MARKER}").`);
  process.exit(1);
}
