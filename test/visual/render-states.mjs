// The visual test's page: test/visual/page.html with every state of the gate,
// bundled with esbuild into a temporary folder, served by node:http, open in
// Debian's headless Chromium with reduced motion (still spinners, no entrance
// motion), in English, light or dark, at desktop (540 px) or mobile (360 px).
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

/**
 * @returns {Promise<{ page: import('puppeteer-core').Page, show(options: { theme: string, viewport: string }): Promise<void>, close(): Promise<void> }>}
 */
export async function openStatesPage() {
  const dir = await mkdtemp(join(tmpdir(), 'visual-'));
  let server;
  let browser;
  const close = async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  };
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
    const show = async ({ theme, viewport }) => {
      await page.goto(`${server.origin}/?${new URLSearchParams({ theme, viewport })}`);
      await page.waitForSelector('html[data-ready]', { timeout: 15_000 });
      if (errors.length) throw new Error(`The visual test page failed: ${errors.join('; ')}`);
    };
    return { page, show, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** @returns {Promise<Map<string, Buffer>>} every state's PNG by name: `desktop-light-locked` and so on. */
export async function renderStates() {
  const { page, show, close } = await openStatesPage();
  const shots = new Map();
  try {
    for (const viewport of viewports) {
      for (const theme of themes) {
        await show({ theme, viewport });
        for (const frame of await page.$$('.frame')) {
          const state = await frame.evaluate((element) => element.dataset.state);
          shots.set(`${viewport}-${theme}-${state}`, Buffer.from(await frame.screenshot()));
        }
      }
    }
  } finally {
    await close();
  }
  return shots;
}
