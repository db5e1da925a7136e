// msw in the browser: one service worker per test page, handlers swapped per test.
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { scenario, type ServerLog } from './backend-scenarios.js';

export const worker = setupWorker();

let started: Promise<unknown> | undefined;

/**
 * Starts msw once per page; requests without a handler go to the real network
 * (the test server). Resolves only once the worker really answers this page:
 * msw's worker unregisters itself when its last page closes, and a test page
 * that starts just then would otherwise find its requests going past it.
 */
export function startBackend(): Promise<unknown> {
  started ??= (async () => {
    for (let attempt = 1; ; attempt += 1) {
      await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
      if (await intercepting()) return;
      if (attempt === 3) throw new Error('msw does not intercept this page');
      worker.stop();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return started;
}

/** Whether a request from this page reaches msw's handlers. */
async function intercepting(): Promise<boolean> {
  const probe = http.get('/__msw-probe', () => HttpResponse.text('msw'));
  worker.use(probe);
  try {
    const response = await fetch('/__msw-probe');
    return (await response.text()) === 'msw';
  } catch {
    return false;
  } finally {
    worker.resetHandlers();
  }
}

/** Serves one named backend scenario for the current test (reset with `worker.resetHandlers()`). */
export function useScenario(...args: Parameters<typeof scenario>): ServerLog {
  const { handlers, log } = scenario(...args);
  worker.use(...handlers);
  return log;
}
