// The server and testing entries add nothing to what a browser downloads: no
// browser entry (the library's index and element, the bundle) reaches them, by
// a static import or a lazy chunk. Run `npm run build` first.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { graphOf } from '../../scripts/dist-graph.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Strings only the server or testing code holds. */
const serverMarkers = ['persona-signature', 'persona-version', 'idempotency-key', 'createGateHandlers', 'createPersonaApiStandIn'];

const browserEntries = ['index.js', 'element.js', 'id-verification-gate.bundle.js'];

for (const entry of browserEntries) {
  test(`${entry} and every chunk it loads never reach the server or testing entries`, () => {
    const { eager, lazy } = graphOf(entry, dist);
    const files = [...eager, ...lazy];
    assert.ok(files.length > 3, `${entry} has a graph (${files.length} files)`);
    assert.deepEqual(files.filter((file) => /^(server|testing)\//.test(file)), []);
    for (const file of files) {
      const source = readFileSync(join(dist, file), 'utf8').toLowerCase();
      const found = serverMarkers.filter((marker) => source.includes(marker.toLowerCase()));
      assert.deepEqual(found, [], `${file} holds server code`);
    }
  });
}

test('the server and testing entries are their own exports, typed, beside the browser ones', () => {
  assert.deepEqual(pkg.exports['./server'], { types: './dist/server/index.d.ts', default: './dist/server/index.js' });
  assert.deepEqual(pkg.exports['./testing'], { types: './dist/testing/index.d.ts', default: './dist/testing/index.js' });
  const { eager } = graphOf('server/index.js', dist);
  assert.ok([...eager].every((file) => file.startsWith('server/') || file.startsWith('protocol/')), [...eager].join(', '));
});

test('the marker test can fail: the server entry holds its markers', () => {
  const source = [...graphOf('server/index.js', dist).eager].map((file) => readFileSync(join(dist, file), 'utf8')).join('\n').toLowerCase();
  for (const marker of serverMarkers.slice(0, 4)) assert.ok(source.includes(marker.toLowerCase()), marker);
});

test('the server room is web standards only: it imports itself and src/protocol, no Node module, no DOM', () => {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const room = join(src, 'server');
  // The room has folders of its own (gate/, store/): every file, every relative import inside server/ or protocol/.
  for (const file of readdirSync(room, { recursive: true }).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join(room, file), 'utf8');
    const imports = [...source.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1]);
    const outside = imports.filter((spec) => {
      if (!/^\.\.?\/[\w./-]+\.js$/.test(spec)) return true;
      const target = relative(src, join(room, dirname(file), spec));
      return !/^(server|protocol)\//.test(target);
    });
    assert.deepEqual(outside, [], file);
    assert.doesNotMatch(source, /\b(document|window|navigator|localStorage|sessionStorage|Buffer|process)\.\w/, file);
  }
});
