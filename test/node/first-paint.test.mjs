// First paint in one round trip (run `npm run build` first): the file the bundle
// imports for its screens holds English too and imports nothing the browser does
// not already have, so a gate that needs no server answer paints its briefing as
// soon as that one file arrives, without a second request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const read = (file) => readFileSync(join(dist, file), 'utf8');
const staticImports = (code) => [...code.matchAll(/(?:import|export)\s*[^'"();]*?from\s*"([^"]+)"/g)].map((m) => m[1]);

test('the screens chunk holds English and needs no other file', () => {
  const bundle = read('id-verification-gate.bundle.js');
  const screens = [...bundle.matchAll(/import\("\.\/(bundle-chunks\/gate-ui-[^"]+\.js)"\)/g)].map((m) => m[1]);
  assert.equal(screens.length, 1, 'the bundle loads its screens from one gate-ui chunk');
  const code = read(screens[0]);
  assert.ok(code.includes('Verify your identity to continue'), 'the English briefing is in the screens chunk');
  assert.deepEqual(staticImports(code), ['../id-verification-gate.bundle.js'], 'it imports only the bundle, already loaded');
});
