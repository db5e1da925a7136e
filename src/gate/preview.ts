import { gateError } from '../machine/errors.js';
import type { Translation } from '../i18n/translation.js';
import type { ScreenView } from './screens.js';

/** Sample content for `preview-state`: realistic, and no Persona, no server. */
export function previewView(t: Translation): ScreenView {
  // Buttons are there to be seen and focused; a preview never opens a flow.
  const noop = () => {};
  return {
    t,
    attemptsRemaining: 2,
    declineReason: 'blurry_photo',
    blockReason: 'unsupported_region',
    error: gateError('flow_timeout', 'Preview: the flow did not load.'),
    supportUrl: '#support',
    canResume: true,
    start: noop,
    retry: noop,
    resume: noop,
    cancel: noop,
    continueAnyway: noop,
  };
}
