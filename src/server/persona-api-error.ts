/**
 * How a call to Persona's API went wrong. `rate_limited`: Persona's budget is
 * spent (a 429, or the client held the request back because the window Persona
 * reported is closed) and the reset did not fit the call's time budget.
 */
export type PersonaApiErrorKind = 'network' | 'timeout' | 'http' | 'bad_response' | 'rate_limited';

/**
 * A failed call to Persona's API. The message names the method, the path (never
 * the query, which can hold a reference id) and what went wrong: never the API
 * key, the request headers or the response body.
 */
export class PersonaApiError extends Error {
  override readonly name = 'PersonaApiError';
  readonly kind: PersonaApiErrorKind;
  /** Persona's HTTP status, for `http` errors (and `rate_limited` ones Persona answered 429). */
  readonly status: number | undefined;
  /** For `rate_limited`: milliseconds until Persona's window resets, when known. */
  readonly retryAfterMs: number | undefined;

  constructor(
    kind: PersonaApiErrorKind,
    message: string,
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }
}
