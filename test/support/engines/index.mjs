// The three browser engines the suite runs in, each from a Debian package.
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';
import { firefoxLauncher } from './firefox.mjs';
import { webkitLauncher } from './webkit.mjs';

export const engines = {
  chromium: {
    launch: () => chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
  },
  // One test file at a time: on two cores Firefox and WebKit throttle background tabs.
  firefox: { launch: firefoxLauncher, concurrency: 1 },
  // WebKitWebDriver drives one window: one test file at a time.
  webkit: { launch: webkitLauncher, concurrency: 1 },
};

export const engineNames = Object.keys(engines);

/** The engine named by the ENGINE variable (Chromium when unset). */
export function selectedEngine(name = process.env.ENGINE ?? 'chromium') {
  const engine = engines[name];
  if (!engine) throw new Error(`ENGINE must be one of ${engineNames.join(', ')}, not "${name}"`);
  return { name, ...engine };
}
