import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { esbuild, mswWorker, strictCspPage } from './test/support/browser-plugins.mjs';
import { appearancePlugin } from './test/support/engines/appearance-plugin.mjs';
import { selectedEngine } from './test/support/engines/index.mjs';
import { freshBrowserTests } from './test/support/fresh-browser-tests.mjs';
import { gateBackend } from './test/support/gate-backend.mjs';

// One engine per run: ENGINE=chromium (default), firefox or webkit. `npm test` runs all three.
const engine = selectedEngine();
// The Persona sandbox, and behind it the real server handlers against the Persona API stand-in.
const sandbox = gateBackend();

export default {
  files: ['test/**/*.test.ts', ...freshBrowserTests.map((file) => `!${file}`)],
  groups: freshBrowserTests.map((file) => ({ name: file, files: [file], browsers: [engine.launch()] })),
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [esbuild, mswWorker(), sandbox.plugin, strictCspPage(sandbox), appearancePlugin()],
  middleware: [sandbox.middleware],
  reporters: [defaultReporter(), summaryReporter()],
  browsers: [engine.launch()],
  ...(engine.concurrency && { concurrency: engine.concurrency }),
  // Firefox and WebKit run the same flows more slowly on two cores: more time per test, the same assertions.
  // Under a CPU hog (scripts/test-under-load.mjs) every test gets TEST_TIMEOUT_SCALE times as long: a
  // watchdog for hangs, never a bound a test's outcome depends on.
  testFramework: { config: { timeout: (engine.name === 'chromium' ? 5000 : 10000) * timeoutScale() } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <body>
        <script>globalThis.personaSandboxHost = ${JSON.stringify(sandbox.host)};</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};

/** TEST_TIMEOUT_SCALE (default 1): how many times the usual time per test. */
function timeoutScale() {
  const scale = Number(process.env.TEST_TIMEOUT_SCALE ?? 1);
  return Number.isFinite(scale) && scale >= 1 ? scale : 1;
}
