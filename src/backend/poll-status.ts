import type { StatusReply } from './status-client.js';

export interface PollTiming {
  /** Give up after this long (ms) and report `timeout`. */
  readonly timeoutMs: number;
  /** First wait between checks; doubles each time up to `maxDelayMs`. A server's `retryAfterMs` wins. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/** The gate's `review-timeout` replaces `timeoutMs` (its default is the same 120 s). */
export const defaultPollTiming: PollTiming = { timeoutMs: 120_000, firstDelayMs: 1_000, maxDelayMs: 15_000 };

/**
 * Asks `check` until the answer is no longer `pending`, waiting longer each time
 * (or as long as the server's `retryAfterMs` says). Resolves `'timeout'` when
 * the next wait would pass `timeoutMs`. Rejects when `signal` aborts.
 */
export async function pollUntilDecided(
  check: () => Promise<StatusReply>,
  signal: AbortSignal,
  timing: PollTiming = defaultPollTiming,
  sleep: (ms: number, signal: AbortSignal) => Promise<void> = abortableSleep,
): Promise<StatusReply | 'timeout'> {
  let waited = 0;
  let backoff = timing.firstDelayMs;
  for (;;) {
    const reply = await check();
    if (reply.status !== 'pending') return reply;
    const delay = reply.retryAfterMs ?? backoff;
    if (waited + delay > timing.timeoutMs) return 'timeout';
    await sleep(delay, signal);
    waited += delay;
    backoff = Math.min(backoff * 2, timing.maxDelayMs);
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}
