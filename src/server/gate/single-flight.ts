import type { GateStore } from '../store/gate-store.js';

/** How long a holder may take before another instance goes ahead without it. */
const lockTtlMs = 15_000;
/** How often an instance waiting for another looks again. */
const pollMs = 25;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One piece of work per name at a time, in this process (callers share one
 * promise) and across instances (a lock in the store). A caller that finds
 * another instance at work waits until `settled` has the answer or the lock is
 * free, then does the work itself only if it must.
 */
export function singleFlight(store: GateStore) {
  const flights = new Map<string, Promise<unknown>>();

  async function acrossInstances<T>(name: string, work: () => Promise<T>, settled: () => Promise<T | undefined>): Promise<T> {
    const deadline = Date.now() + lockTtlMs;
    for (;;) {
      const token = await store.lock(name, lockTtlMs);
      if (token !== null) {
        try {
          return await work();
        } finally {
          await store.unlock(name, token).catch(() => undefined);
        }
      }
      // The lock outlived its holder's time: go ahead without it.
      if (Date.now() > deadline) return work();
      await sleep(pollMs);
      const done = await settled();
      if (done !== undefined) return done;
    }
  }

  return function once<T>(name: string, work: () => Promise<T>, settled: () => Promise<T | undefined> = async () => undefined): Promise<T> {
    const running = flights.get(name);
    if (running) return running as Promise<T>;
    const flight = acrossInstances(name, work, settled).finally(() => flights.delete(name));
    flights.set(name, flight);
    return flight;
  };
}
