// What `npm pack` / `npm publish` ship: the built package and nothing of the repository's
// own. Reads `npm pack --dry-run --json --ignore-scripts` (fast: no build; `npm test` has just
// built dist/), and checks that packing builds first, so a fresh clone cannot publish an
// empty package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { packedFiles, root } from './support/packed-files.mjs';

const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}`), 'utf8'));
const files = packedFiles();
const read = (path) => readFileSync(new URL(path, `file://${root}`), 'utf8');

/** Every file package.json points at; a wildcard target must match at least one packed file. */
function declaredTargets() {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements];
  const walk = (value) => {
    if (typeof value === 'string') targets.push(value);
    else for (const inner of Object.values(value)) walk(inner);
  };
  walk(pkg.exports);
  return [...new Set(targets.map((target) => posix.normalize(target)))];
}

const matches = (pattern) => {
  if (!pattern.includes('*')) return files.has(pattern) ? [pattern] : [];
  const [before, after] = pattern.split('*');
  return [...files].filter((file) => file.startsWith(before) && file.endsWith(after));
};

test('packing builds first (prepack), so a fresh clone never ships an empty package', () => {
  assert.match(pkg.scripts.prepack ?? '', /\bnpm run build\b/);
});

test('every file package.json points at is in the package', () => {
  const missing = declaredTargets().filter((target) => matches(target).length === 0);
  assert.deepEqual(missing, [], 'declared in package.json but not packed (is dist/ built?)');
});

test('the package holds the README and the guides, the licence, the manifest and both builds with their types', () => {
  for (const file of ['README.md', 'docs/README.md', 'docs/api.md', 'LICENSE', 'package.json', 'custom-elements.json', 'dist/index.js', 'dist/index.d.ts',
    'dist/element.js', 'dist/element.d.ts', 'dist/id-verification-gate.bundle.js', 'dist/frameworks/react.d.ts',
    'dist/frameworks/vue.d.ts']) {
    assert.ok(files.has(file), `${file} is not in the package`);
  }
  assert.ok(matches('dist/bundle-chunks/persona-*.js').length === 1, 'the bundle has no lazy Persona chunk');
});

test('nothing of the repository itself: no tests, demo, sources, scripts or configuration', () => {
  const stray = [...files].filter(
    (file) =>
      /^(test|demo|demo-dist|src|scripts|screenshots|\.ci|node_modules)\//.test(file) ||
      /\.(test|spec)\.|(^|\/)tsconfig[^/]*\.json$|^(rollup|web-test-runner|custom-elements-manifest)\.config\./.test(file),
  );
  assert.deepEqual(stray, []);
});

test('every relative import in the shipped JavaScript resolves to a packed file', () => {
  const unresolved = [];
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    for (const [, spec] of read(file).matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = posix.join(posix.dirname(file), spec);
      if (!files.has(target)) unresolved.push(`${file} → ${spec}`);
    }
  }
  assert.deepEqual(unresolved, []);
});

test('source maps are packed beside their files and carry their sources (src/ is not shipped)', () => {
  const problems = [];
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const url = read(file).match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    if (!url) continue;
    const mapPath = posix.join(posix.dirname(file), url);
    if (!files.has(mapPath)) {
      problems.push(`${file}: its map ${url} is not packed`);
      continue;
    }
    const map = JSON.parse(read(mapPath));
    map.sources.forEach((source, i) => {
      const shipped = files.has(posix.join(posix.dirname(mapPath), source));
      if (!shipped && typeof map.sourcesContent?.[i] !== 'string') problems.push(`${mapPath}: ${source} is neither packed nor inlined`);
    });
  }
  assert.deepEqual(problems, []);
});
