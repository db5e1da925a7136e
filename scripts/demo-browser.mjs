// Headless Chromium for the demo's scripts (screenshots, the static-build check):
// Debian's browser, never one downloaded by npm.
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../test/support/chromium.mjs';

export function launchChromium({ extraArgs = [] } = {}) {
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
  });
}
