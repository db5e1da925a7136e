import { PersonaApiError } from './persona-api-error.js';
import type { PersonaClock } from './persona-clock.js';
import { rateLimited, type PersonaPriority, type RateBudget } from './rate-budget.js';
import { parseRetryAfter, retryDelay, type RetryPolicy } from './retry-delay.js';

/** Everything one request to Persona needs; the key lives only in `headers`. */
export interface PersonaTransport {
  readonly baseUrl: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly fetch: typeof fetch;
  readonly timeoutMs: number;
  readonly policy: RetryPolicy;
  readonly clock: PersonaClock;
  readonly budget: RateBudget;
}

/** How one call may spend time: who waits for it, how long it may wait, and the caller's way to stop it. */
export interface PersonaCall {
  readonly priority: PersonaPriority;
  readonly maxWaitMs: number;
  readonly signal: AbortSignal | undefined;
}

/**
 * One call to Persona's API: the JSON body of a 2xx answer. Every answer's
 * `RateLimit-*` headers feed the budget, and nothing is sent into a window
 * Persona said is closed. Retries (bounded by the policy and by the call's
 * `maxWaitMs`): a 429 after the reset (or `Retry-After`), a 5xx after a backoff,
 * a failed fetch or a timeout. Idempotency as Persona documents it: Persona
 * stores the first answer for a key, 5xx included, so after an answered 5xx or
 * 429 a POST retries under a new key; after a failed fetch or a timeout it keeps
 * its key, since Persona may have done the work. Throws {@link PersonaApiError},
 * whose message never holds the API key.
 */
export async function personaRequest(
  transport: PersonaTransport,
  method: 'GET' | 'POST',
  pathAndQuery: string,
  body: unknown,
  call: PersonaCall,
): Promise<unknown> {
  const { clock, budget, policy } = transport;
  const url = new URL(pathAndQuery, transport.baseUrl);
  const what = `Persona API ${method} ${url.pathname}`;
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const newKey = () => globalThis.crypto.randomUUID();
  let idempotencyKey = method === 'POST' ? newKey() : undefined;
  const deadline = clock.now() + call.maxWaitMs;

  for (let attempt = 0; ; attempt++) {
    await budget.admit(call.priority, deadline, what, call.signal);
    let failure: PersonaApiError;
    let waitMs: number | undefined;
    try {
      const response = await transport.fetch(url, {
        method,
        headers: {
          ...transport.headers,
          ...(idempotencyKey !== undefined && { 'idempotency-key': idempotencyKey, 'content-type': 'application/json' }),
        },
        ...(payload !== undefined && { body: payload }),
        signal: requestSignal(transport.timeoutMs, call.signal),
        redirect: 'error',
      });
      budget.learn(response.headers);
      if (response.ok) return await readJson(response, what);
      await response.body?.cancel();
      const retryAfter = response.headers.get('retry-after');
      if (response.status === 429) {
        // Closed until `Retry-After`, else until the reset the headers told; without either, a backoff.
        const asked = parseRetryAfter(retryAfter, clock.now());
        const resetAt = budget.snapshot()?.resetAt;
        waitMs = asked ?? (resetAt === undefined ? undefined : Math.max(0, resetAt - clock.now()));
        if (waitMs !== undefined) budget.close(clock.now() + waitMs);
        failure = rateLimited(what, waitMs ?? Number.NaN, 429);
      } else {
        failure = new PersonaApiError('http', `${what} answered HTTP ${response.status}.`, { status: response.status });
        if (response.status < 500) throw failure;
        waitMs = retryDelay(attempt + 1, retryAfter, policy, Math.random, clock.now()) ?? Number.POSITIVE_INFINITY;
      }
      // Persona answered: under the same key it would only replay this answer.
      if (idempotencyKey !== undefined) idempotencyKey = newKey();
    } catch (error) {
      if (error instanceof PersonaApiError) throw error;
      if (call.signal?.aborted) throw call.signal.reason;
      failure = fromFetchError(error, what, transport.timeoutMs);
    }
    const delay = waitMs ?? retryDelay(attempt + 1, null, policy);
    if (attempt >= policy.maxRetries || delay === undefined || clock.now() + delay > deadline) {
      throw withAttempts(failure, attempt + 1);
    }
    // After a 429 that said when, the budget itself holds the next attempt until the window opens.
    if (failure.kind !== 'rate_limited' || waitMs === undefined) await clock.sleep(delay, call.signal);
  }
}

/** The per-attempt timeout, and the caller's signal when it gave one. */
function requestSignal(timeoutMs: number, signal: AbortSignal | undefined): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([timeout, signal]) : timeout;
}

async function readJson(response: Response, what: string): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    throw new PersonaApiError('bad_response', `${what} answered with a body that is not JSON.`);
  }
}

/** A failed fetch or a timeout. Only the error's name is kept: some runtimes put the request in the message. */
function fromFetchError(error: unknown, what: string, timeoutMs: number): PersonaApiError {
  const name = error instanceof Error ? error.name : 'Error';
  if (name === 'TimeoutError') return new PersonaApiError('timeout', `${what} did not answer within ${timeoutMs} ms.`);
  return new PersonaApiError('network', `${what} failed (${name}).`);
}

function withAttempts(error: PersonaApiError, attempts: number): PersonaApiError {
  if (attempts === 1) return error;
  return new PersonaApiError(error.kind, `${error.message.replace(/\.$/, '')} (after ${attempts} attempts).`, {
    ...(error.status !== undefined && { status: error.status }),
    ...(error.retryAfterMs !== undefined && { retryAfterMs: error.retryAfterMs }),
  });
}
