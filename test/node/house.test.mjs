// The house drawn from the imports: rooms under src/ show what loads when.
//   src/eager/   what `import 'id-verification-gate'` loads at once
//   src/lazy/    chunks loaded on first need: screens, flow, the Persona adapter
// Eager code reaches lazy code only through import(), every eager file is loaded by the
// entry and no lazy one is; no file imports itself round a
// circle (type-only imports included: they are arrows a reader follows too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'src');

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file an import specifier names, or undefined for packages. */
function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  return [base.replace(/\.js$/, '.ts'), base].find((path) => existsSync(path));
}

/** Static imports (`import … from`, `export … from`, `import '…'`) and dynamic ones (`import('…')`). */
function importsOf(file) {
  // Comments hold examples and JSDoc types (`import('./x.js').T`), not arrows.
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const statics = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm)]
    .map((m) => m[1] ?? m[2]);
  const dynamics = [...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
  const resolveAll = (specs) => specs.map((spec) => resolveImport(file, spec)).filter(Boolean);
  return { statics: resolveAll(statics), dynamics: resolveAll(dynamics) };
}

const files = sourceFiles(src);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file) => relative(root, file);
const isEager = (file) => file.startsWith(join(src, 'eager') + '/') || /src\/(index|element)\.ts$/.test(file);
const isLazy = (file) => file.startsWith(join(src, 'lazy') + '/');

test('eager code reaches lazy code only through import()', () => {
  const arrows = [...graph].flatMap(([file, { statics }]) =>
    isEager(file) ? statics.filter(isLazy).map((to) => `${name(file)} → ${name(to)}`) : [],
  );
  assert.deepEqual(arrows, []);
});

test('no circle of imports, dynamic ones included', () => {
  const circles = [];
  const state = new Map();
  const visit = (file, path) => {
    state.set(file, 'open');
    const { statics, dynamics } = graph.get(file) ?? { statics: [], dynamics: [] };
    for (const next of [...statics, ...dynamics]) {
      if (state.get(next) === 'open') circles.push([...path.slice(path.indexOf(next)), next].map(name).join(' → '));
      else if (!state.has(next) && graph.has(next)) visit(next, [...path, next]);
    }
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file, [file]);
  assert.deepEqual(circles, []);
});

test('the browser rooms never import the server or testing rooms', () => {
  const apart = ['server', 'testing'].map((room) => join(src, room) + '/');
  const arrows = [...graph].flatMap(([file, { statics, dynamics }]) =>
    apart.some((room) => file.startsWith(room))
      ? []
      : [...statics, ...dynamics].filter((to) => apart.some((room) => to.startsWith(room))).map((to) => `${name(file)} → ${name(to)}`),
  );
  assert.deepEqual(arrows, []);
});

test('no source file over 300 lines (one idea each)', () => {
  const long = files
    .map((file) => ({ file: name(file), lines: readFileSync(file, 'utf8').split('\n').length }))
    .filter(({ lines }) => lines > 300)
    .map(({ file, lines }) => `${file}: ${lines}`);
  assert.deepEqual(long, []);
});

test('every file in the eager room is loaded at once by the entry, and none in the lazy room is', () => {
  const reached = new Set();
  const visit = (file) => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const next of graph.get(file)?.statics ?? []) visit(next);
  };
  visit(join(src, 'index.ts'));
  const misplaced = files
    .filter((file) => (isEager(file) && !reached.has(file)) || (isLazy(file) && reached.has(file)))
    .map((file) => `${name(file)} is in the ${isEager(file) ? 'eager room but only a lazy chunk loads it' : 'lazy room but the entry loads it'}`);
  assert.deepEqual(misplaced, []);
});
