// msw in the browser: one service worker per test page, handlers swapped per test.
import { scenario, type ServerLog } from './backend-scenarios.js';
import { setupWorker } from 'msw/browser';

export const worker = setupWorker();

let started: Promise<unknown> | undefined;

/** Starts msw once per page; requests without a handler go to the real network (the test server). */
export function startBackend(): Promise<unknown> {
  started ??= worker.start({
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledFrame: 'bypass',
    quiet: true,
  });
  return started;
}

/** Serves one named backend scenario for the current test (reset with `worker.resetHandlers()`). */
export function useScenario(...args: Parameters<typeof scenario>): ServerLog {
  const { handlers, log } = scenario(...args);
  worker.use(...handlers);
  return log;
}
