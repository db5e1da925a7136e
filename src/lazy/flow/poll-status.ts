import type { StatusReply } from '../../eager/backend/status-client.js';

export interface PollTiming {
  /** Give up this long (ms) after the first request, counting the time requests take, and report `timeout`. */
  readonly timeoutMs: number;
  /** First wait between requests; doubles each time up to `maxDelayMs`. */
  readonly firstDelayMs: number;
  /** The shortest and longest wait between two requests, whatever the server's `retryAfterMs` says. */
  readonly minDelayMs: number;
  readonly maxDelayMs: number;
}

/** The gate's `review-timeout` replaces `timeoutMs` (its default is the same 120 s). */
export const defaultPollTiming: PollTiming = { timeoutMs: 120_000, firstDelayMs: 1_000, minDelayMs: 1_000, maxDelayMs: 15_000 };

/** Time as the poll sees it: monotonic, and fake in tests. */
export interface PollClock {
  now(): number;
  /** Resolves after `ms`; rejects with the reason when `signal` aborts. */
  sleep(ms: number, signal: AbortSignal): Promise<void>;
}

const browserClock: PollClock = { now: () => performance.now(), sleep: abortableSleep };

/**
 * Asks `check` until the answer is no longer `pending`, waiting longer each time
 * (or as long as the server's `retryAfterMs` says, within the floor and cap).
 * Resolves `'timeout'` once `timeoutMs` has passed, or when the next wait would
 * pass it: a request still unanswered then is aborted. Rejects when `signal` aborts.
 */
export async function pollUntilDecided(
  check: (signal: AbortSignal) => Promise<StatusReply>,
  signal: AbortSignal,
  timing: PollTiming = defaultPollTiming,
  clock: PollClock = browserClock,
): Promise<StatusReply | 'timeout'> {
  const deadline = clock.now() + timing.timeoutMs;
  let backoff = timing.firstDelayMs;
  for (;;) {
    const reply = await beforeDeadline(check, deadline - clock.now(), signal, clock);
    if (reply === 'timeout' || reply.status !== 'pending') return reply;
    const delay = Math.min(Math.max(reply.retryAfterMs ?? backoff, timing.minDelayMs), timing.maxDelayMs);
    if (clock.now() + delay >= deadline) return 'timeout';
    await clock.sleep(delay, signal);
    backoff = Math.min(backoff * 2, timing.maxDelayMs);
  }
}

/** One `check`, or `'timeout'` (and the check aborted) if `remainingMs` passes first. */
async function beforeDeadline(
  check: (signal: AbortSignal) => Promise<StatusReply>,
  remainingMs: number,
  signal: AbortSignal,
  clock: PollClock,
): Promise<StatusReply | 'timeout'> {
  const done = new AbortController();
  try {
    return await Promise.race([
      check(AbortSignal.any([signal, done.signal])),
      clock.sleep(Math.max(0, remainingMs), AbortSignal.any([signal, done.signal])).then(() => 'timeout' as const),
    ]);
  } finally {
    done.abort();
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
