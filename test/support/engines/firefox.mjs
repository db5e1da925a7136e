// Debian's Firefox ESR through the puppeteer-core in the tree, over WebDriver BiDi.
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const firefoxLaunchOptions = {
  browser: 'firefox',
  executablePath: firefoxPath,
  headless: true,
  // Lets the harness reach the browser's own scope, where a tab's colour scheme and motion are set.
  args: ['--remote-allow-system-access'],
  // A camera, as a person's device has: the gate checks for one before opening the flow.
  extraPrefsFirefox: { 'media.navigator.streams.fake': true },
};

export function firefoxLauncher() {
  return chromeLauncher({ puppeteer, launchOptions: firefoxLaunchOptions });
}

/**
 * Dark mode and reduced motion for every tab, set where Firefox's own UI would set them
 * (CDP's emulateMedia does not exist over BiDi).
 */
export async function setFirefoxAppearance(page, { colorScheme, reducedMotion }) {
  const connection = page.browser().connection;
  const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const overrides = {
    ...(colorScheme && { prefersColorSchemeOverride: colorScheme === 'no-preference' ? 'none' : colorScheme }),
    ...(reducedMotion && { prefersReducedMotionOverride: reducedMotion === 'reduce' ? 'reduce' : 'none' }),
  };
  await connection.send('script.evaluate', {
    expression: `(() => {
      const overrides = ${JSON.stringify(overrides)};
      for (const window of Services.wm.getEnumerator('navigator:browser'))
        for (const tab of window.gBrowser.tabs) Object.assign(tab.linkedBrowser.browsingContext, overrides);
    })()`,
    target: { context: result.contexts[0].context },
    awaitPromise: true,
  });
}
