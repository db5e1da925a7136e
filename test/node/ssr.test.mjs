// Server-side rendering safety: every entry of the built package (as `exports`
// resolves it in Node, run `npm run build` first) imports in plain Node without
// throwing, and our code touches no browser global while it loads.
// Each import runs in its own child process (support/import-guarded.mjs) with
// browser globals replaced by accessors that record which file read them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist') + sep;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const guarded = fileURLToPath(new URL('./support/import-guarded.mjs', import.meta.url));

/** Every JavaScript entry point in `exports`, wildcards expanded from dist/. */
function entryPoints() {
  const specifiers = [];
  for (const [subpath, target] of Object.entries(pkg.exports)) {
    const file = typeof target === 'string' ? target : (target.node ?? target.import ?? target.default);
    if (!file?.endsWith('.js')) continue; // package.json, custom-elements.json, types-only (react, vue)
    const name = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
    if (!name.includes('*')) {
      specifiers.push(name);
      continue;
    }
    const [before, after] = file.split('*');
    const slash = before.lastIndexOf('/') + 1;
    const [folder, prefix] = [join(root, before.slice(0, slash)), before.slice(slash)];
    for (const entry of readdirSync(folder)) {
      if (!entry.startsWith(prefix) || !entry.endsWith(after)) continue;
      specifiers.push(name.replace('*', entry.slice(prefix.length, -after.length)));
    }
  }
  return specifiers;
}

function importGuarded(specifier) {
  const out = execFileSync(process.execPath, [guarded, specifier], { cwd: root, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').at(-1));
}

const isOurs = (file) => file.startsWith(dist);
const where = (file) => relative(root, file);

// What Lit itself does on import in Node, to tell its globals from ours.
const lit = importGuarded('lit');

test('Lit in Node: its node build loads, installs its DOM shim and a few globals', () => {
  assert.ok(lit.loaded, lit.error);
  assert.ok(lit.resolved.some((url) => url.includes('/@lit/reactive-element/node/')), 'the "node" export condition');
  assert.ok(lit.writes.some((write) => write.name === 'customElements'), 'Lit installs a customElements shim');
});

const specifiers = entryPoints();

test('every entry point is covered', () => {
  for (const expected of [pkg.name, `${pkg.name}/element`, `${pkg.name}/locales/de`, `${pkg.name}/bundle`]) {
    assert.ok(specifiers.includes(expected), `${expected} is in exports`);
  }
});

for (const specifier of specifiers) {
  test(`import '${specifier}' in Node`, () => {
    const report = importGuarded(specifier);
    assert.equal(report.error, null, `${specifier} threw on import`);
    assert.ok(report.loaded);

    const registers = specifier === pkg.name || specifier === `${pkg.name}/bundle`;
    // The registering entries ask for `customElements` (present in Node only as Lit's shim);
    // nothing of ours reads any other browser global, and nothing else reads one at all.
    const ours = report.reads.filter((read) => isOurs(read.by));
    const unexpected = ours.filter((read) => !(registers && read.name === 'customElements'));
    assert.deepEqual(
      unexpected.map((read) => `${read.name} read by ${where(read.by)}`),
      [],
      'browser globals read by our code at import time',
    );
    assert.deepEqual(
      report.writes.filter((write) => isOurs(write.by)).map((write) => `${write.name} by ${where(write.by)}`),
      [],
      'browser globals written by our code',
    );

    // New globals: at most what Lit adds by itself.
    const extra = report.added.filter((name) => !lit.added.includes(name));
    assert.deepEqual(extra, [], 'globals added beyond what Lit adds');

    // Never the Persona SDK on import.
    assert.deepEqual(
      report.resolved.filter((url) => url.includes('/node_modules/persona/')),
      [],
      'the Persona SDK was loaded on import',
    );

    if (registers) {
      assert.deepEqual(report.definedTags, ['id-verification-gate'], "registered in Lit's server registry");
    } else {
      assert.deepEqual(report.definedTags, [], 'a side-effect-free entry registered the tag');
    }
  });
}
