// The README's framework samples are copied from files that `npm run test:types` compiles
// against the built package, so a sample that stops compiling fails the type tests, and a
// sample edited in the README alone fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');

/** The first fenced block of `language` after the line `label`. */
function sampleAfter(label, language) {
  const at = readme.indexOf(`\n${label}\n`);
  assert.notEqual(at, -1, `README has no "${label}"`);
  const block = readme.slice(at).match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'));
  assert.ok(block, `no \`\`\`${language} block after "${label}"`);
  return block[1];
}

test('the React sample is test/types/readme/advanced-tools.tsx, which the type tests compile', () => {
  const file = readFileSync(new URL('test/types/readme/advanced-tools.tsx', root), 'utf8');
  assert.equal(sampleAfter('**React 19**', 'tsx'), file);
});
