// Photographs every state of the gate, in English, light and dark, at desktop
// (540 px) and mobile (360 px) frame widths: test/visual/page.html, bundled
// with esbuild into a temporary folder, served by node:http, in Debian's
// headless Chromium with reduced motion (still spinners, no entrance motion).
import { build } from 'esbuild';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../scripts/demo-browser.mjs';
import { serveStatic } from '../../scripts/demo-static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const themes = ['light', 'dark'];
export const viewports = ['desktop', 'mobile'];

/** Text rendered the same way on every machine: no hinting, sRGB, no scrollbars. */
const stableRendering = ['--font-render-hinting=none', '--force-color-profile=srgb', '--hide-scrollbars'];

/** @returns {Promise<Map<string, Buffer>>} PNGs by name, `desktop-light-locked` and so on. */
export async function renderStates() {
  const dir = await mkdtemp(join(tmpdir(), 'visual-'));
  const shots = new Map();
  let server;
  let browser;
  try {
    await build({
      absWorkingDir: root,
      entryPoints: { page: 'test/visual/page.ts' },
      outdir: dir,
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    await copyFile(join(root, 'test/visual/page.html'), join(dir, 'index.html'));
    server = await serveStatic(dir);
    browser = await launchChromium({ extraArgs: stableRendering });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.setViewport({ width: 800, height: 900, deviceScaleFactor: 1 });
    for (const viewport of viewports) {
      for (const theme of themes) {
        await page.goto(`${server.origin}/?${new URLSearchParams({ theme, viewport })}`);
        await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
        for (const frame of await page.$$('.frame')) {
          const state = await frame.evaluate((element) => element.dataset.state);
          shots.set(`${viewport}-${theme}-${state}`, Buffer.from(await frame.screenshot()));
        }
      }
    }
    if (errors.length) throw new Error(`The visual test page failed: ${errors.join('; ')}`);
  } finally {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  }
  return shots;
}
