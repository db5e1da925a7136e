// The static build works from a plain static file server: built into a
// temporary folder, served by node:http, driven in headless Chromium.
//
//   node --test test/demo-static.test.mjs
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../scripts/demo-browser.mjs';
import { buildDemo } from '../scripts/demo-build.mjs';
import { serveStatic } from '../scripts/demo-static-server.mjs';

let outDir;
let server;
let browser;
let page;
/** Every request that did not succeed: a missing file in the build shows up here. */
const failures = [];

before(async () => {
  outDir = await buildDemo({ outDir: await mkdtemp(join(tmpdir(), 'demo-dist-')) });
  server = await serveStatic(outDir);
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => failures.push(`failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()}: ${response.url()}`);
  });
  await page.goto(`${server.origin}/?scenario=approve&pace=0`);
  await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

test('renders a gallery card for every state', async () => {
  const headings = await page.$$eval('.card', (cards) =>
    cards.map((card) => {
      const gate = card.querySelector('id-verification-gate');
      return [card.dataset.state, gate.state, gate.shadowRoot.querySelector('[part~="heading"]')?.textContent.trim()];
    }),
  );
  assert.equal(headings.length, 11);
  for (const [cardState, gateState, heading] of headings) {
    assert.equal(gateState, cardState);
    assert.ok(heading, `${cardState} has a heading`);
  }
});

test('highlights the markup, compares a state in every locale and edits tokens, from the built files', async () => {
  assert.equal(await page.$eval('.card[data-state="retry"] pre .hljs-name', (e) => e.textContent), 'id-verification-gate');
  // Every locale and the pseudo-locale has a frame; a frame's gate renders as it nears the viewport.
  assert.equal(await page.$$eval('#compare-frames .compare-item', (items) => items.length), 42);
  await page.$eval('#compare-frames .compare-item:last-child', (item) => item.scrollIntoView());
  await page.waitForFunction(() => document.querySelector('#compare-frames .compare-item:last-child id-verification-gate'));
  await page.$eval('#theme-editor-form [name="--idv-color-accent"]', (input) => {
    input.value = '#7c3aed';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  const button = await page.$eval('.card[data-state="locked"] id-verification-gate', (gate) =>
    getComputedStyle(gate.shadowRoot.querySelector('[part~="button-primary"]')).backgroundColor,
  );
  assert.equal(button, 'rgb(124, 58, 237)');
  assert.match(await page.$eval('#theme-editor-css', (e) => e.textContent), /--idv-color-accent: #7c3aed;/);
});

test('loads a locale chunk when the locale changes', async () => {
  await page.select('#gallery-locale', 'ja');
  await page.waitForFunction(
    // While the locale loads, the gate shows a busy spinner without a heading.
    () => document.querySelector('.card[data-state="locked"] id-verification-gate').shadowRoot
      .querySelector('[part~="heading"]')?.textContent.trim() === '続けるには本人確認が必要です',
    { timeout: 5_000 },
  );
});

test('plays a scenario against the sandbox and msw shipped in the folder', async () => {
  await page.click('#play');
  await page.waitForFunction(() => document.querySelector('#play-status').textContent.startsWith('Done'), { timeout: 15_000 });
  assert.equal(await page.$eval('#play-status', (e) => e.textContent), 'Done: the gate ended in verified, as this scenario should.');
  // confirmedBy "server": msw's worker answered status-url from the folder's root.
  const verified = await page.$eval('#event-log li[data-type="idv-verified"]', (e) => e.textContent);
  assert.match(verified, /"confirmedBy":"server"/);
  // The flow came from the same static server: its /widget page.
  assert.equal(await page.$eval('#sandbox-host', (e) => e.textContent), new URL(server.origin).host);
});

test('every request succeeded', () => {
  assert.deepEqual(failures, []);
});
