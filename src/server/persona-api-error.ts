/** How a call to Persona's API went wrong. */
export type PersonaApiErrorKind = 'network' | 'timeout' | 'http' | 'bad_response';

/**
 * A failed call to Persona's API. The message names the method, the path (never
 * the query, which can hold a reference id) and what went wrong: never the API
 * key, the request headers or the response body.
 */
export class PersonaApiError extends Error {
  override readonly name = 'PersonaApiError';
  readonly kind: PersonaApiErrorKind;
  /** Persona's HTTP status, for `http` errors. */
  readonly status: number | undefined;

  constructor(kind: PersonaApiErrorKind, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    this.status = options.status;
  }
}
