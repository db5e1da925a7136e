import { json } from '../json-response.js';
import { PersonaApiError } from '../persona-api-error.js';

/** Tells the host's `onError`; a failing logger never changes an answer. */
export function reporter(onError: ((error: unknown) => void) | undefined): (error: unknown) => void {
  return (error) => {
    try {
      onError?.(error);
    } catch {
      // The answer stands whatever the logger does.
    }
  };
}

/**
 * A failure as an answer the gate understands (its `bad_response` path: any
 * answer but 200). Nothing of the error leaves: no message, stack or key.
 */
export function failureAnswer(error: unknown): Response {
  if (error instanceof PersonaApiError) {
    return json(error.kind === 'timeout' ? 504 : 502, { error: 'persona_unavailable' });
  }
  return json(500, { error: 'internal_error' });
}
