/** A backend request that did not give a usable answer. */
export class BackendError extends Error {
  constructor(
    /** `network`: no answer (failed fetch, timeout, offline); `bad_response`: an answer that breaks the protocol. */
    readonly code: 'network' | 'bad_response' | 'offline',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BackendError';
  }
}
