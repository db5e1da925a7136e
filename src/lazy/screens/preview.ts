import { GateErrorCodes, PersonaErrorCodes, gateError, type CameraProblem, type ErrorCode, type GateError } from '../../eager/machine/errors.js';
import type { Translation } from '../../i18n/translation.js';
import type { ScreenView } from './screens.js';

const errorCodes: readonly string[] = [...PersonaErrorCodes, ...GateErrorCodes];
const cameraProblems: readonly string[] = ['insecure_context', 'no_camera', 'camera_blocked'] satisfies CameraProblem[];

/**
 * Sample content for `preview-state`: realistic, and no Persona, no server.
 * `detail` picks the decline reason (retry), block reason (blocked)
 * or error code / camera problem (error) the sample shows.
 */
export function previewView(t: Translation, detail: string | undefined): ScreenView {
  // Buttons are there to be seen and focused; a preview never opens a flow.
  const noop = () => {};
  return {
    t,
    attemptsRemaining: 2,
    declineReason: detail || 'blurry_photo',
    blockReason: detail || 'unsupported_region',
    error: previewError(detail),
    supportUrl: '#support',
    canResume: true,
    start: noop,
    retry: noop,
    resume: noop,
    cancel: noop,
    continueAnyway: noop,
  };
}

function previewError(detail: string | undefined): GateError {
  if (detail && cameraProblems.includes(detail)) {
    return { ...gateError('camera_unavailable', 'Preview.'), cameraProblem: detail as CameraProblem };
  }
  const code = detail && errorCodes.includes(detail) ? (detail as ErrorCode) : 'flow_timeout';
  return gateError(code, 'Preview.');
}
