// WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's webkit2gtk-driver), on a
// display of its own. WebKitWebDriver refuses the WebDriver BiDi upgrade: classic only.
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { startChild, stopChild } from './child-processes.mjs';
import { startDisplay } from './x-display.mjs';

export const webkitDriverPath = process.env.WEBKIT_WEBDRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
export const miniBrowserPath =
  process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A port nobody listens on right now (WebKitWebDriver cannot pick one itself). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function untilListening(port, driver) {
  for (let tries = 0; tries < 200; tries += 1) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('WebKitWebDriver did not start listening');
}

class WebKitLauncher extends WebdriverLauncher {
  async initialize(config, testFiles) {
    this.screen = await startDisplay();
    const port = await freePort();
    this.webdriver = startChild(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: this.screen.display },
    });
    await untilListening(port, this.webdriver);
    Object.assign(this.options, { hostname: '127.0.0.1', port, path: '/' });
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  /** Dark mode and reduced motion for this browser's display; resolves once the page has them. */
  async setAppearance(appearance) {
    const before = this.screen.appearance;
    await this.screen.setAppearance(appearance);
    const after = this.screen.appearance;
    if (after.colorScheme !== before.colorScheme) await this.untilPageShows(after.colorScheme);
    else if (after.reducedMotion !== before.reducedMotion) {
      // WebKitGTK re-evaluates stylesheets for reduced motion only on a colour-scheme change: flip it and back.
      const other = after.colorScheme === 'dark' ? 'light' : 'dark';
      await this.screen.setAppearance({ colorScheme: other });
      await this.untilPageShows(other);
      await this.screen.setAppearance({ colorScheme: after.colorScheme });
      await this.untilPageShows(after.colorScheme);
    }
  }

  untilPageShows(colorScheme) {
    return this.driver.executeAsync(
      (dark, done) => {
        const query = matchMedia('(prefers-color-scheme: dark)');
        if (query.matches === dark) done();
        else query.addEventListener('change', () => done(), { once: true });
      },
      colorScheme === 'dark',
    );
  }

  async stop() {
    await super.stop();
    await stopChild(this.webdriver);
    await this.screen?.stop();
  }
}

export function webkitLauncher() {
  return new WebKitLauncher({
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: miniBrowserPath,
        // A fake camera, as a person's device has: the gate checks for one before opening the flow.
        args: ['--automation', '--enable-mock-capture-devices=true'],
      },
    },
  });
}
