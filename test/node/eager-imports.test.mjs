// What a person who is already verified downloads of lit: its ReactiveElement, never
// lit-html, the template engine, which comes with the screens. Read from the build, as a
// bundler sees it (the library's modules) and as a <script> loads it (the bundle).
// Run `npm run build` first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseAst } from 'rollup/parseAst';
import { graphOf } from '../../scripts/dist-graph.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The packages a file of dist imports statically (`import … from 'lit-html'`). */
const packagesOf = (file) =>
  parseAst(readFileSync(join(dist, file), 'utf8'))
    .body.filter((node) => /^(Import|ExportAll|ExportNamed)Declaration$/.test(node.type) && node.source)
    .map((node) => node.source.value)
    .filter((spec) => !spec.startsWith('.'));

/** Only lit-html says this: its Trusted Types policy. */
const litHtmlMarker = 'createPolicy("lit-html"';

test("the library's eager modules import lit's ReactiveElement and nothing else of a package", () => {
  const { eager } = graphOf('index.js', dist);
  const packages = new Set([...eager].flatMap(packagesOf));
  assert.deepEqual([...packages], ['@lit/reactive-element']);
});

test('lit-html comes with the screens: the check sees it there', () => {
  const { lazy } = graphOf('index.js', dist);
  const importers = [...lazy].filter((file) => packagesOf(file).includes('lit-html'));
  assert.ok(importers.some((file) => file.startsWith('lazy/screens/')), importers.join(', '));
});

test("the bundle's eager file holds no lit-html; its screens' chunk does", () => {
  const { eager, lazy } = graphOf('id-verification-gate.bundle.js', dist);
  const holding = (files) => [...files].filter((file) => readFileSync(join(dist, file), 'utf8').includes(litHtmlMarker));
  assert.deepEqual(holding(eager), []);
  assert.ok(holding(lazy).some((file) => file.includes('gate-ui')), 'the screens chunk holds lit-html');
});
