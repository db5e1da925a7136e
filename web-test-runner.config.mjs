import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './test/support/chromium.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { esbuild, mswWorker, strictCspPage } from './test/support/browser-plugins.mjs';
import { gateBackend } from './test/support/gate-backend.mjs';

// The Persona sandbox, and behind it the real server handlers against the Persona API stand-in.
const sandbox = gateBackend();

const chromium = () =>
  chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } });

/**
 * Tests that fake a download failure need a browser whose caches have never seen
 * the module (a cached module never reaches msw): each gets a browser of its own.
 */
const freshBrowserTests = ['test/offline-screens.test.ts', 'test/sdk-loading.test.ts'];

export default {
  files: ['test/**/*.test.ts', ...freshBrowserTests.map((file) => `!${file}`)],
  groups: freshBrowserTests.map((file) => ({ name: file, files: [file], browsers: [chromium()] })),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuild, mswWorker(), sandbox.plugin, strictCspPage(sandbox)],
  middleware: [sandbox.middleware],
  reporters: [defaultReporter(), summaryReporter()],
  browsers: [chromium()],
  testFramework: { config: { timeout: 5000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script>globalThis.personaSandboxHost = ${JSON.stringify(sandbox.host)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
