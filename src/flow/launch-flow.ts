// Loaded on the first Start (or preload), never for a person who is already verified:
// everything needed to open Persona's flow lives behind this one dynamic import.
import { backendGateError } from '../backend/backend-error.js';
import { createSession, type ServerSession } from '../backend/session-client.js';
import { gateError, type GateError } from '../machine/errors.js';
import type { FlowSignal } from '../persona/flow-signal.js';
import { loadPersona } from '../persona/load-persona.js';
import { openPersonaFlow, type FlowOptions, type PersonaFlow } from '../persona/persona-flow.js';
import { browserEnvironment, prelaunchProblem } from './prelaunch-checks.js';

export { loadPersona };

/** Where a flow picks up: a server-created inquiry, or the one the person left. */
export type ResumePoint = ServerSession;

export interface LaunchRequest {
  /** The flow options from the gate's configuration, for a new inquiry. */
  readonly options: FlowOptions;
  readonly resumePoint: ResumePoint | undefined;
  /** When set, Start first asks the host's server for an inquiry. */
  readonly session: { url: string; scope: string; referenceId?: string | undefined; init?: RequestInit | undefined } | undefined;
  readonly cameraOptional: boolean;
  readonly signal: AbortSignal;
  /** False once the person cancelled or the gate was removed: stop quietly. */
  readonly isCurrent: () => boolean;
  readonly onSignal: (signal: FlowSignal) => void;
}

export type LaunchResult =
  | { readonly status: 'open'; readonly flow: PersonaFlow; readonly resumePoint: ResumePoint | undefined }
  | { readonly status: 'failed'; readonly error: GateError }
  | { readonly status: 'stale' };

/**
 * Checks the browser, gets a server-created inquiry if configured, loads the
 * Persona SDK and opens the flow. Never throws: every failure is a result.
 */
export async function launchFlow(request: LaunchRequest): Promise<LaunchResult> {
  const problem = await prelaunchProblem(browserEnvironment(), { cameraOptional: request.cameraOptional });
  if (!request.isCurrent()) return { status: 'stale' };
  if (problem) return { status: 'failed', error: problem };

  let resumePoint = request.resumePoint;
  if (request.session && !resumePoint) {
    const { url, scope, referenceId, init } = request.session;
    try {
      resumePoint = await createSession(url, { scope, referenceId }, init, request.signal);
    } catch (error) {
      return request.isCurrent() ? { status: 'failed', error: backendGateError(error) } : { status: 'stale' };
    }
    if (!request.isCurrent()) return { status: 'stale' };
  }

  let sdk;
  try {
    sdk = await loadPersona();
  } catch (error) {
    return request.isCurrent() ? { status: 'failed', error: gateError('sdk_load_failed', describe(error)) } : { status: 'stale' };
  }
  if (!request.isCurrent()) return { status: 'stale' };

  const { options } = request;
  try {
    const flow = openPersonaFlow(
      sdk,
      resumePoint
        ? {
            ...options,
            templateId: undefined,
            templateVersionId: undefined,
            inquiryId: resumePoint.inquiryId,
            sessionToken: resumePoint.sessionToken,
          }
        : options,
      request.onSignal,
    );
    return { status: 'open', flow, resumePoint };
  } catch (error) {
    // Persona's own configuration checks.
    return { status: 'failed', error: gateError('invalid_config', describe(error)) };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
