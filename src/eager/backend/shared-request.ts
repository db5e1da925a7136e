interface InFlight {
  readonly promise: Promise<unknown>;
  readonly controller: AbortController;
  waiters: number;
}

const inFlight = new Map<string, InFlight>();

/**
 * Runs `request` once for everyone asking with the same key at the same time
 * (three gates of one scope: one status request). The request is aborted only
 * when every caller has aborted.
 */
export function sharedRequest<T>(key: string, request: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<T> {
  let entry = inFlight.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: InFlight = {
      controller,
      waiters: 0,
      promise: request(controller.signal).finally(() => {
        if (inFlight.get(key) === created) inFlight.delete(key);
      }),
    };
    inFlight.set(key, created);
    entry = created;
  }
  const shared = entry;
  shared.waiters += 1;
  return new Promise<T>((resolve, reject) => {
    const leave = () => {
      shared.waiters -= 1;
      if (shared.waiters === 0) {
        shared.controller.abort(signal.reason);
        if (inFlight.get(key) === shared) inFlight.delete(key);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return leave();
    signal.addEventListener('abort', leave, { once: true });
    shared.promise.then(
      (value) => {
        signal.removeEventListener('abort', leave);
        resolve(value as T);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', leave);
        reject(error);
      },
    );
  });
}
