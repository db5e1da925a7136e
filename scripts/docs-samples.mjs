// `npm run docs:samples`: copies every sample file into the README and the guides, where a
// fenced block follows `<!-- sample: path[#region] -->`. Edit the file (the type tests
// compile it), then run this; test/node/docs-samples.test.mjs fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { docFiles, fencedBlocks, readDoc, region, root } from '../test/node/support/docs.mjs';

for (const file of docFiles) {
  const lines = readDoc(file).split('\n');
  // From the last block up, so earlier line numbers stay true.
  for (const block of fencedBlocks(lines.join('\n')).reverse()) {
    if (!block.sample) continue;
    const text = readFileSync(new URL(block.sample.path, root), 'utf8');
    const sample = block.sample.region ? region(text, block.sample.region) : text;
    if (sample === undefined) throw new Error(`${file}:${block.line}: ${block.sample.path} has no #region ${block.sample.region}`);
    const length = block.text.split('\n').length - 1;
    lines.splice(block.line, length, ...sample.replace(/\n$/, '').split('\n'));
  }
  const updated = lines.join('\n');
  if (updated !== readDoc(file)) {
    writeFileSync(new URL(file, root), updated);
    console.log(`updated ${file}`);
  }
}
