// `npm run screenshots`: every state × locale × theme × frame width of the
// demo's gallery as PNGs, plus screenshots/index.html to review them, in
// headless Chromium against the static build. Each frame is also measured for
// overflowing or clipped text, sideways scrolling and contrast; problems are
// printed, listed in the index, and make the script exit 1.
//
//   npm run screenshots
//   npm run screenshots -- --locale=de,ru,ar --theme=dark --viewport=mobile --state=locked,retry
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './demo-browser.mjs';
import { buildDemo } from './demo-build.mjs';
import { inspectFrame } from './demo-layout-checks.mjs';
import { writeIndex } from './demo-screenshot-index.mjs';
import { serveStatic } from './demo-static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const all = {
  // Every built-in locale, then the pseudo-locale (src/i18n/built-in-locales.ts is the list).
  locale: [
    'en', 'ar', 'az', 'bg', 'bn', 'cs', 'cy', 'da', 'de', 'el', 'es', 'fi', 'fr', 'he', 'hi', 'hr', 'hu', 'hy', 'id', 'it', 'ja',
    'ko', 'lt', 'ms', 'nl', 'no', 'pl', 'pt-BR', 'ro', 'ru', 'sk', 'sr', 'sv', 'ta', 'th', 'tl', 'tr', 'uk', 'vi', 'zh-CN', 'zh-TW',
    'en-XA',
  ],
  theme: ['light', 'dark', 'brand'],
  viewport: ['mobile', 'desktop'],
  state: ['checking', 'locked', 'loading', 'in-progress', 'reviewing', 'verified', 'retry', 'exhausted', 'cancelled', 'blocked', 'error'],
};

const { values } = parseArgs({
  options: {
    locale: { type: 'string' },
    theme: { type: 'string' },
    viewport: { type: 'string' },
    state: { type: 'string' },
    out: { type: 'string', default: join(root, 'screenshots') },
  },
});
const pick = (name) => {
  if (!values[name]) return all[name];
  const chosen = values[name].split(',');
  const unknown = chosen.filter((value) => !all[name].includes(value));
  if (unknown.length) throw new Error(`Unknown ${name}: ${unknown.join(', ')} (choose from ${all[name].join(', ')})`);
  return chosen;
};
const [locales, themes, viewports, states] = ['locale', 'theme', 'viewport', 'state'].map(pick);
const outDir = values.out;

/**
 * Locales without an installed font render as boxes, which makes their PNGs
 * useless for review (a bare Debian has none for CJK or Devanagari). Asks
 * fontconfig, where there is one.
 */
async function localesWithoutFont(tags) {
  const missing = [];
  for (const tag of tags) {
    try {
      const { stdout } = await promisify(execFile)('fc-list', [`:lang=${tag.toLowerCase()}`, 'family']);
      if (!stdout.trim()) missing.push(tag);
    } catch {
      return []; // No fontconfig: cannot tell.
    }
  }
  return missing;
}

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
// Review material, never committed: the folder ignores itself.
await writeFile(join(outDir, '.gitignore'), '*\n');

const started = Date.now();
// Its own build, so a `npm run build:demo` meanwhile cannot pull files from under it.
const built = await buildDemo({ outDir: await mkdtemp(join(tmpdir(), 'demo-screenshots-')) });
const server = await serveStatic(built);
const browser = await launchChromium();
const shots = new Map();
const problems = [];
for (const locale of await localesWithoutFont(locales)) {
  problems.push({
    key: `fonts/${locale}`,
    where: '#',
    problem: 'no installed font covers this language: its text shows as boxes (Debian: the fonts .ci/run installs)',
  });
}
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push({ key: 'page', where: '#', problem: error.message }));
  // Still spinners, so the same screen gives the same picture.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);

  for (const viewport of viewports) {
    for (const theme of themes) {
      for (const locale of locales) {
        await page.setViewport({ width: 1280, height: 900 });
        const query = new URLSearchParams({ locale, theme, viewport, scenario: 'none' });
        await page.goto(`${server.origin}/?${query}`);
        await page.waitForSelector('html[data-ready]');
        await page.evaluate(async () => {
          await Promise.all([...document.querySelectorAll('.card id-verification-gate')].map((gate) => gate.updateComplete));
          await document.fonts.ready;
        });
        for (const state of states) {
          const key = `${viewport}/${theme}/${locale}/${state}`;
          const file = `${key}.png`;
          const frame = await page.$(`.card[data-state="${state}"] .frame`);
          await mkdir(join(outDir, viewport, theme, locale), { recursive: true });
          await frame.screenshot({ path: join(outDir, file) });
          shots.set(key, file);
          for (const problem of await frame.evaluate(inspectFrame)) problems.push({ key, where: file, problem });
        }
        // The demo page itself on a phone: nothing may push it wider than the screen.
        if (viewport === 'mobile' && theme === themes[0]) {
          await page.setViewport({ width: 360, height: 740 });
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > 360) problems.push({ key: `page/${locale}`, where: '#', problem: `the demo page scrolls sideways on a 360px phone (${width}px wide)` });
        }
      }
      process.stdout.write(`  ${viewport} ${theme}: ${locales.length} locales done\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(built, { recursive: true, force: true });
}

await writeIndex(outDir, { viewports, themes, locales, states, shots, problems });
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`${shots.size} screenshots in ${seconds} s: ${join(outDir, 'index.html')}`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const { key, problem } of problems) console.log(`  ${key}: ${problem}`);
  process.exitCode = 1;
} else {
  console.log('No problems: no overflow or clipping, no sideways scrolling, contrast AA everywhere.');
}
