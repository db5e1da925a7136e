// Loaded when a flow is first needed or prepared, never for a person who is already verified:
// everything needed to open Persona's flow lives behind this one dynamic import.
import { backendGateError } from '../../eager/backend/backend-error.js';
import { createSession, type ServerSession } from './session-client.js';
import { gateError, type GateError } from '../../eager/machine/errors.js';
import type { FlowSignal } from '../persona/flow-signal.js';
import { loadPersona } from '../persona/load-persona.js';
import { openPersonaFlow, type FlowOptions, type PersonaFlow } from '../persona/persona-flow.js';
import { keptEnvironment } from './kept-checks.js';
import { prelaunchProblem } from './prelaunch-checks.js';

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
 * Opens the flow a start asks for, once the browser passes the pre-launch
 * checks (their answer is kept for the page: see `keptEnvironment`). A flow
 * `prepared` on intent is taken as it is; when there is none, or preparing it
 * failed, the flow opens now. The checks, the server's inquiry and the SDK's
 * download do not depend on each other and run at the same time; when several
 * fail, the person sees the one they can fix first (their browser or camera,
 * then the connection to the server, then the download). Never throws: every
 * failure is a result.
 */
export async function launchFlow(request: LaunchRequest, prepared?: Promise<LaunchResult>): Promise<LaunchResult> {
  let openedHere = false;
  const [problem, opened] = await Promise.all([
    prelaunchCheck(request),
    (prepared ?? Promise.resolve(undefined)).then((flow) => {
      if (flow?.status === 'open') return flow;
      openedHere = true;
      return openFlow(request);
    }),
  ]);
  if (!problem || opened.status === 'stale') return opened;
  // Opened here, so not yet in the page: gone before it asks for anything. A prepared flow is its session's to remove.
  if (opened.status === 'open' && openedHere) opened.flow.destroy();
  return { status: 'failed', error: problem };
}

/** Why the flow would break before it starts (offline, not https, no camera…), from the page's kept answers. */
export function prelaunchCheck(request: Pick<LaunchRequest, 'cameraOptional'>): Promise<GateError | undefined> {
  return prelaunchProblem(keptEnvironment(), { cameraOptional: request.cameraOptional });
}

/**
 * Gets a server-created inquiry if configured, loads the Persona SDK and
 * opens the flow (not yet activated, not yet in the page: see `PersonaFlow`),
 * without the pre-launch checks: a flow prepared on intent asks for its page
 * at once, and `launchFlow` judges the checks before it is shown.
 */
export async function openFlow(request: LaunchRequest): Promise<LaunchResult> {
  const [session, sdk] = await Promise.all([settle(serverSession(request)), settle(loadPersona())]);
  if (!request.isCurrent()) return { status: 'stale' };
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
