/** Error codes Persona itself reports through its `error` event. */
export const PersonaErrorCodes = [
  'invalid_config',
  'inactive_template',
  'unauthenticated',
  'application_error',
  'unknown',
] as const;

/** Error codes the gate adds for what happens around Persona. */
export const GateErrorCodes = [
  'network',
  'bad_response',
  'sdk_load_failed',
  'flow_timeout',
  'offline',
  'camera_unavailable',
  /** The server kept answering `pending` past the review timeout; the inquiry is kept. */
  'review_timeout',
] as const;

export type ErrorCode = (typeof PersonaErrorCodes)[number] | (typeof GateErrorCodes)[number];

/** What the gate knows about the error on screen. */
export interface GateError {
  readonly code: ErrorCode;
  /** Technical message for developers (console, `idv-error`); people see translated text. */
  readonly message: string;
  readonly recoverable: boolean;
  /** For `camera_unavailable` found before the flow: why, so the person is told precisely. */
  readonly cameraProblem?: CameraProblem;
}

/** Why the camera cannot be used, found before the flow opens. */
export type CameraProblem = 'insecure_context' | 'no_camera' | 'camera_blocked';

/** Errors that no retry can fix: the integration itself must change. */
const permanent: ReadonlySet<ErrorCode> = new Set(['invalid_config', 'inactive_template']);

export function gateError(code: ErrorCode, message: string): GateError {
  return { code, message, recoverable: !permanent.has(code) };
}

/** Persona's code when it is one we know, else `unknown`. */
export function personaErrorCode(code: unknown): ErrorCode {
  return PersonaErrorCodes.includes(code as never) ? (code as ErrorCode) : 'unknown';
}
