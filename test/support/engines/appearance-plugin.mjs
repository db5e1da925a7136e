// The `set-appearance` test command: dark mode and reduced motion in each engine, by the
// means that engine has (@web/test-runner-commands' emulateMedia needs CDP: Chromium only).
import { setFirefoxAppearance } from './firefox.mjs';

export function appearancePlugin() {
  return {
    name: 'set-appearance',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-appearance') return undefined;
      const { browser } = session;
      if (browser.setAppearance) {
        await browser.setAppearance(payload);
        return true;
      }
      const page = browser.getPage(session.id);
      if (page.browser().protocol === 'webDriverBiDi') {
        await setFirefoxAppearance(page, payload);
        return true;
      }
      const features = [];
      if (payload.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      if (payload.reducedMotion) features.push({ name: 'prefers-reduced-motion', value: payload.reducedMotion });
      await page.emulateMediaFeatures(features);
      return true;
    },
  };
}
