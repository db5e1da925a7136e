import { json, methodNotAllowed } from '../json-response.js';
import { failureAnswer } from './answers.js';
import type { GateHandler, GateHandlerOptions } from './gate-options.js';

/**
 * A handler for an identified person: the method is checked, `identify` names
 * the person (401 without one), and any failure becomes an answer the gate
 * understands, never a stack trace; `report` hears of it first.
 */
export function identified(
  method: string,
  identify: GateHandlerOptions['identify'],
  report: (error: unknown) => void,
  handle: (request: Request, referenceId: string) => Promise<Response>,
): GateHandler {
  return async (request) => {
    try {
      if (request.method !== method) return methodNotAllowed(method);
      const referenceId = await identify(request);
      if (typeof referenceId !== 'string' || referenceId === '') return json(401, { error: 'unauthenticated' });
      return await handle(request, referenceId);
    } catch (error) {
      report(error);
      return failureAnswer(error);
    }
  };
}
