import { PersonaApiError } from './persona-api-error.js';
import type { PersonaClock } from './persona-clock.js';

/**
 * Who waits for a request: `interactive`, a person (a session, a status the gate
 * asks for); `background`, nobody right now (a refresh, a reconcile). When the
 * budget runs low, background work waits and interactive work goes first.
 */
export type PersonaPriority = 'interactive' | 'background';

/** Persona's rate-limit window as this client last learnt it from `RateLimit-*` headers. */
export interface PersonaBudget {
  /** Requests the environment may make in a window (`RateLimit-Limit`). */
  readonly limit: number;
  /** Requests left in this window: Persona's `RateLimit-Remaining`, less what this client sent since. */
  readonly remaining: number;
  /** When the window resets, in epoch milliseconds (now + `RateLimit-Reset` seconds). */
  readonly resetAt: number;
}

interface Window {
  limit: number;
  remaining: number;
  resetAt: number;
}

/** Two answers whose resets are this close describe the same window (Persona rounds to seconds). */
const sameWindowMs = 2_000;
/** Background work wakes this much after a reset, so interactive work waiting for it goes first. */
const backgroundLagMs = 250;

/**
 * The budget one client keeps: learnt from every answer, spent by every request,
 * closed by a 429 until Persona's reset. It never lets a request go into a window
 * Persona said is closed, and it keeps `reserveShare` of the limit for interactive work.
 */
export class RateBudget {
  #open: Window | undefined;
  /** Until when Persona said nothing may go (a 429's `Retry-After` or reset). */
  #closedUntil = 0;
  readonly #clock: PersonaClock;
  readonly #reserveShare: number;

  constructor(clock: PersonaClock, reserveShare: number) {
    this.#clock = clock;
    this.#reserveShare = reserveShare;
  }

  /** The window as learnt, or `undefined` before any answer said, or once its reset has passed. */
  snapshot(): PersonaBudget | undefined {
    const open = this.#open;
    if (!open || !(this.#clock.now() < open.resetAt) || open.resetAt === Number.POSITIVE_INFINITY) return undefined;
    const remaining = this.#clock.now() < this.#closedUntil ? 0 : open.remaining;
    return { limit: open.limit, remaining, resetAt: open.resetAt };
  }

  /** Reads `RateLimit-Limit`, `-Remaining` and `-Reset` (seconds) from an answer; ignores them when absent or unreadable. */
  learn(headers: Headers): void {
    const limit = count(headers.get('ratelimit-limit'));
    const remaining = count(headers.get('ratelimit-remaining'));
    const reset = count(headers.get('ratelimit-reset'));
    if (limit === undefined || remaining === undefined || reset === undefined) return;
    const resetAt = this.#clock.now() + reset * 1000;
    const current = this.#open;
    if (!current || !(this.#clock.now() < current.resetAt) || resetAt > current.resetAt + sameWindowMs) {
      this.#open = { limit, remaining, resetAt };
    } else if (current.resetAt === Number.POSITIVE_INFINITY || resetAt >= current.resetAt - sameWindowMs) {
      // Answers arrive out of order: the lower count is the truer one.
      current.remaining = Math.min(current.remaining, remaining);
      current.limit = limit;
      current.resetAt = Math.min(current.resetAt, resetAt);
    }
    // An answer about an older window (sent before the reset, answered after) is ignored.
  }

  /** Persona said nothing may go before `until` (a 429's `Retry-After` or reset). */
  close(until: number): void {
    this.#closedUntil = Math.max(this.#closedUntil, until);
  }

  /**
   * Resolves when a request of this priority may go, and counts it; waits for
   * the next window when that comes before `deadline`, else rejects with a
   * `rate_limited` {@link PersonaApiError} at once.
   */
  async admit(priority: PersonaPriority, deadline: number, what: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const closedFor = this.#closedUntil - this.#clock.now();
      if (closedFor > 0) {
        const lag = priority === 'background' ? backgroundLagMs : 0;
        if (this.#clock.now() + closedFor + lag > deadline) throw rateLimited(what, closedFor, undefined);
        await this.#clock.sleep(closedFor + lag, signal);
        continue;
      }
      const open = this.#current();
      if (!open) return;
      const floor = priority === 'interactive' ? 0 : Math.ceil(open.limit * this.#reserveShare);
      if (open.remaining > floor) {
        open.remaining -= 1;
        return;
      }
      const now = this.#clock.now();
      const wakeAt = open.resetAt + (priority === 'background' ? backgroundLagMs : 0);
      if (wakeAt > deadline) throw rateLimited(what, open.resetAt - now, undefined);
      await this.#clock.sleep(wakeAt - now, signal);
    }
  }

  /** The open window; after a reset, a fresh one of the same limit until an answer tells more. */
  #current(): Window | undefined {
    const open = this.#open;
    if (!open) return undefined;
    if (this.#clock.now() >= open.resetAt) {
      // Its reset is not known until Persona answers; until then it counts down from the limit.
      this.#open = { limit: open.limit, remaining: open.limit, resetAt: Number.POSITIVE_INFINITY };
    }
    return this.#open;
  }
}

/** Persona's budget is spent for `retryAfterMs` more; `status` 429 when Persona answered so, none when the client held the request back. */
export function rateLimited(what: string, retryAfterMs: number, status: 429 | undefined): PersonaApiError {
  const ms = Number.isFinite(retryAfterMs) ? Math.max(0, Math.round(retryAfterMs)) : undefined;
  const when = ms === undefined ? 'until Persona answers again' : `for about ${Math.max(1, Math.ceil(ms / 1000))} s more`;
  return new PersonaApiError('rate_limited', `${what}: Persona's rate limit is reached ${when}.`, {
    ...(status !== undefined && { status }),
    ...(ms !== undefined && { retryAfterMs: ms }),
  });
}

function count(value: string | null): number | undefined {
  if (value === null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}
