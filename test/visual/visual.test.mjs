// Visual regression: every state's picture against its committed baseline in
// test/visual/baselines/, pixel by pixel (pixelmatch). A difference writes the
// picture of the difference and the new picture to test/visual/diff/ and says
// where. Chromium only: the pictures of one engine are the reference.
//
//   node --test test/visual/visual.test.mjs     (part of npm test)
//   npm run test:visual:update                  after an intended change: new baselines
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compareImages } from './compare-images.mjs';
import { renderStates } from './render-states.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const baselines = join(here, 'baselines');
const diffs = join(here, 'diff');
const update = process.env.VISUAL_UPDATE === '1';
const where = (path) => relative(process.cwd(), path);

/** Anti-aliasing noise a rebuilt Chromium may add; a one-pixel row across a screen is far more. */
const maxDiffPixels = 20;

let shots;
before(async () => {
  shots = await renderStates();
  await rm(diffs, { recursive: true, force: true });
  if (update) await mkdir(baselines, { recursive: true });
});

test('every state in English, light and dark, desktop and mobile, looks as its baseline', async () => {
  assert.equal(shots.size, 11 * 2 * 2);
  const failures = [];
  for (const [name, actual] of shots) {
    const baselinePath = join(baselines, `${name}.png`);
    if (update) {
      await writeFile(baselinePath, actual);
      continue;
    }
    const baseline = await readFile(baselinePath).catch(() => undefined);
    const result = baseline ? compareImages(baseline, actual) : { problem: 'no baseline' };
    const problem = result.problem ?? (result.diffPixels > maxDiffPixels ? `${result.diffPixels} pixels differ` : undefined);
    if (!problem) continue;
    await mkdir(diffs, { recursive: true });
    const actualPath = join(diffs, `${name}.actual.png`);
    await writeFile(actualPath, actual);
    let message = `${name}: ${problem}; new picture: ${where(actualPath)}`;
    if (result.diffPng) {
      const diffPath = join(diffs, `${name}.diff.png`);
      await writeFile(diffPath, result.diffPng);
      message += `, difference (red): ${where(diffPath)}`;
    }
    failures.push(message);
  }
  if (update) console.log(`Wrote ${shots.size} baselines to ${where(baselines)}`);
  assert.deepEqual(
    failures,
    [],
    'Screens changed. If the change is intended, run `npm run test:visual:update` and commit the baselines.',
  );
});
