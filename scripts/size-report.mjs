// Size report for dist/: raw, minified and min+gzip of every .js file, then the two numbers that
// matter for a page using the bundle: what loads eagerly vs the lazily loaded Persona chunk; then
// the eager bytes of `import 'id-verification-gate'` as esbuild (with splitting) and Vite build it.
// Exits 1 if Persona code is reachable from the bundle entry by static imports, or if any of the
// three eager numbers is over the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';
import { DIST, graphOf } from './dist-graph.mjs';
import { eagerInUsersBundlers } from './bundler-sizes.mjs';
import { EAGER_BUDGET } from './eager-budget.mjs';

const BUNDLE = 'id-verification-gate.bundle.js';
const PERSONA_MARKER = 'persona-widget__iframe'; // a class name only the Persona SDK contains

const files = readdirSync(DIST, { recursive: true })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => f.endsWith('.js'))
  .sort();
const source = (file) => readFileSync(join(DIST, file), 'utf8');

const { eager, lazy } = graphOf(BUNDLE);
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
console.log(`\nbundle, loaded eagerly (${list(eager)}): ${kb(total(eager))} min+gzip`);
console.log(`Persona SDK, loaded lazily (${list(personaChunks)}): ${kb(total(personaChunks))} min+gzip`);
const largest = Math.max(0, ...rows.filter((r) => otherLazy.has(r.file)).map((r) => r.gzip));
console.log(`other lazy chunks (screens, flow, translations), ${otherLazy.size} files, each at most ${kb(largest)} min+gzip\n`);

const bundlers = await eagerInUsersBundlers();
const eagerRows = [
  ['the package\'s bundle', total(eager), eager.size],
  ['esbuild (splitting)', bundlers.esbuild.bytes, bundlers.esbuild.files],
  ['Vite', bundlers.vite.bytes, bundlers.vite.files],
];
console.log(`eager, min+gzip -9 (budget ${EAGER_BUDGET.toLocaleString('en')} B):`);
for (const [who, bytes, count] of eagerRows) {
  console.log(`  ${who.padEnd(22)} ${pad(bytes.toLocaleString('en'), 7)} B in ${count} file${count === 1 ? '' : 's'}`);
}
console.log('');

// All three are held to the budget: what users' bundlers make of the package is what their pages send.
const over = eagerRows.filter(([, bytes]) => bytes > EAGER_BUDGET);
for (const [who, bytes] of over) {
  console.error(`size-report: eager code in ${who} is ${bytes.toLocaleString('en')} B, over the ${EAGER_BUDGET.toLocaleString('en')} B budget.`);
}
if (over.length) process.exit(1);
if ([...eager].some(isPersona) || personaChunks.size === 0) {
  console.error(`size-report: the Persona SDK is not in its own lazy chunk (marker "${PERSONA_MARKER}").`);
  process.exit(1);
}
