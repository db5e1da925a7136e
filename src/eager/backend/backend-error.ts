import { gateError, type GateError } from '../machine/errors.js';

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

/** What the person sees for a backend failure: the code it carries, else `network`. */
export function backendGateError(error: unknown): GateError {
  if (error instanceof BackendError) return gateError(error.code, error.message);
  return gateError('network', error instanceof Error ? error.message : String(error));
}
