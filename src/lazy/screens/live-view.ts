import type { Translation } from '../../i18n/translation.js';
import type { ScreensGate } from './screens-gate.js';
import { safeLinkUrl } from './safe-url.js';
import type { ScreenView } from './screens.js';
import type { VerificationController } from '../../eager/controller/verification-controller.js';
import { warmWhenSeen } from './warm-when-seen.js';

/** What the screens show of a live gate, and what their buttons do; once seen, the gate warms Persona (see `warmWhenSeen`). */
export function liveView(t: Translation, controller: VerificationController, gate: ScreensGate): ScreenView {
  const { supportUrl, prewarm } = gate;
  warmWhenSeen(gate, controller);
  return {
    t,
    attemptsRemaining: controller.attemptsRemaining,
    declineReason: controller.declineReason,
    blockReason: controller.blockReason,
    error: controller.error,
    supportUrl: safeLinkUrl(supportUrl),
    canResume: controller.canResume,
    start: () => controller.start(),
    retry: () => controller.retry(),
    resume: () => controller.resume(),
    cancel: () => controller.cancel(),
    continueAnyway: () => controller.continueWithoutCamera(),
    // With prewarm="none", hovering Start downloads nothing.
    intend: prewarm === 'none' ? undefined : (how) => void controller.prewarm(how),
  };
}
