import type { Translation } from '../i18n/translation.js';
import { safeLinkUrl } from './safe-url.js';
import type { ScreenView } from './screens.js';
import type { VerificationController } from './verification-controller.js';

/** What the screens show of a live gate, and what their buttons do. */
export function liveView(t: Translation, controller: VerificationController, supportUrl: string | undefined): ScreenView {
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
  };
}
