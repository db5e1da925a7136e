// Loaded when a flow is first needed or prepared, never for a person who is already verified:
// everything needed to open Persona's flow lives behind this one dynamic import.
import { backendGateError } from '../../eager/backend/backend-error.js';
import { createSession, type ServerSession } from '../../eager/backend/session-client.js';
import { gateError, type GateError } from '../../eager/machine/errors.js';
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
  /** When set (and there is no resume point), the host's server is asked for an inquiry. */
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
 * Persona SDK and opens the flow (not yet activated: see `PersonaFlow`). The
 * three steps before opening do not depend on each other and run at the same
 * time; when several fail, the person sees the one they can fix first (their
 * browser or camera, then the connection to the server, then the download).
 * Never throws: every failure is a result.
 */
export async function launchFlow(request: LaunchRequest): Promise<LaunchResult> {
  const [problem, session, sdk] = await Promise.all([
    prelaunchProblem(browserEnvironment(), { cameraOptional: request.cameraOptional }),
    settle(serverSession(request)),
    settle(loadPersona()),
  ]);
  if (!request.isCurrent()) return { status: 'stale' };
  if (problem) return { status: 'failed', error: problem };
  if ('error' in session) return { status: 'failed', error: backendGateError(session.error) };
  if ('error' in sdk) return { status: 'failed', error: gateError('sdk_load_failed', describe(sdk.error)) };

  const resumePoint = session.value;
  const { options } = request;
  try {
    const flow = openPersonaFlow(
      sdk.value,
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

/** Where the flow picks up: the given point, else a new inquiry from the host's server when configured. */
async function serverSession(request: LaunchRequest): Promise<ResumePoint | undefined> {
  if (request.resumePoint || !request.session) return request.resumePoint;
  const { url, scope, referenceId, init } = request.session;
  return createSession(url, { scope, referenceId }, init, request.signal);
}

/** A promise's outcome as a value, so steps run side by side and are judged in order after. */
function settle<T>(promise: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  return promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
