/** How Persona calls are retried after a 5xx, a failed fetch or a timeout (a 429 waits for Persona's reset instead). */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** The first backoff; each retry doubles it. */
  readonly baseDelayMs: number;
  /** No backoff is longer than this. */
  readonly maxDelayMs: number;
  /** A `Retry-After` on a 5xx longer than this is not waited for: the call fails instead. */
  readonly maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 2,
  baseDelayMs: 300,
  maxDelayMs: 4_000,
  maxRetryAfterMs: 10_000,
};

/**
 * Milliseconds to wait before retry number `retry` (1, 2, …), or `undefined`
 * when the server asks for a longer wait than the policy allows. `Retry-After`
 * (seconds or an HTTP date) wins; otherwise exponential backoff with jitter
 * (between half and all of it), so servers retrying at once do not stampede Persona.
 */
export function retryDelay(
  retry: number,
  retryAfter: string | null,
  policy: RetryPolicy,
  random: () => number = Math.random,
  now: number = Date.now(),
): number | undefined {
  const asked = parseRetryAfter(retryAfter, now);
  if (asked !== undefined) return asked > policy.maxRetryAfterMs ? undefined : asked;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** `Retry-After` in milliseconds (seconds or an HTTP date), or `undefined` when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
