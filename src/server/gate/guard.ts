import type { StatusReply } from '../../protocol/status.js';
import { json } from '../json-response.js';
import { PersonaApiError } from '../persona-api-error.js';
import type { GateHandlerOptions } from './gate-options.js';

/**
 * Your API's own check before it serves the gated feature, from the same record
 * the gate reads: no Persona request for a person whose standing is recorded.
 */
export function guardOf(
  identify: GateHandlerOptions['identify'],
  standing: (referenceId: string) => Promise<StatusReply>,
  report: (error: unknown) => void,
) {
  return async (request: Request): Promise<Response | undefined> => {
    try {
      const referenceId = await identify(request);
      if (typeof referenceId !== 'string' || referenceId === '') return json(401, { error: 'unauthenticated' });
      const { status } = await standing(referenceId);
      return status === 'approved' ? undefined : json(403, { error: 'verification_required', status });
    } catch (error) {
      report(error);
      // Closed while the answer is unknown: the feature waits, nothing unlocks.
      return json(error instanceof PersonaApiError ? 503 : 500, { error: error instanceof PersonaApiError ? 'persona_unavailable' : 'internal_error' });
    }
  };
}
