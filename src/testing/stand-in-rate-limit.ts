// Persona's environment rate limit, as its "Rate Limiting" page describes it: a
// window of `limit` requests that starts with the first request and lasts
// `windowMs` (default 300 requests per 60 s); a request over the limit is
// answered 429. Every answer carries `RateLimit-Limit`, `RateLimit-Remaining`
// and `RateLimit-Reset` (seconds until the window resets). No `Retry-After`.

export interface StandInRateLimit {
  /** Requests per window; default 300 (a production environment's default). */
  readonly limit?: number;
  /** Default 60000. */
  readonly windowMs?: number;
}

export interface RateWindow {
  /** Counts a request: `false` when the window is full (answer 429, and it does not count). */
  take(): boolean;
  /** The three headers for an answer given now. */
  headers(): Record<string, string>;
}

export function rateWindow(options: StandInRateLimit | false | undefined, now: () => number): RateWindow | undefined {
  if (options === false) return undefined;
  const limit = options?.limit ?? 300;
  const windowMs = options?.windowMs ?? 60_000;
  if (!(Number.isInteger(limit) && limit > 0 && windowMs > 0)) throw new TypeError('rateLimit: limit and windowMs must be positive.');
  let startedAt: number | undefined;
  let used = 0;
  const open = () => {
    if (startedAt === undefined || now() >= startedAt + windowMs) {
      startedAt = now();
      used = 0;
    }
    return startedAt;
  };
  return {
    take() {
      open();
      if (used >= limit) return false;
      used += 1;
      return true;
    },
    headers() {
      const start = open();
      return {
        'ratelimit-limit': String(limit),
        'ratelimit-remaining': String(Math.max(0, limit - used)),
        'ratelimit-reset': String(Math.max(0, Math.ceil((start + windowMs - now()) / 1000))),
      };
    },
  };
}
