// The host's backend for the demo: msw answers `status-url` and `session-url`
// inside this browser, one named scenario at a time. Nothing leaves the machine.
import { setupWorker } from 'msw/browser';
import { scenario, scenarioNames, type ScenarioName } from '../../test/support/backend-scenarios.js';

export { scenarioNames, sessionUrl, statusUrl, type ScenarioName } from '../../test/support/backend-scenarios.js';

/** A scenario, or `none`: the gate runs client-side only, without a server. */
export type BackendChoice = ScenarioName | 'none';

const worker = setupWorker();

/** Registers msw's service worker (served at the root by dev-server.config.mjs). */
export async function startMockBackend(): Promise<void> {
  await worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    // Everything without a handler (the page, the SDK, the sandbox) goes to the network as usual.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

/** Serves `choice` from a fresh server: its own counters and inquiries. */
export function serveScenario(choice: BackendChoice): void {
  worker.resetHandlers(...(choice === 'none' ? [] : scenario(choice, { retryAfterMs: 1500 }).handlers));
}

export function isBackendChoice(value: string | null): value is BackendChoice {
  return value === 'none' || scenarioNames.includes(value as ScenarioName);
}
