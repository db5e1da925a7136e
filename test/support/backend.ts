// msw in the browser: one service worker per test page, handlers swapped per test.
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
