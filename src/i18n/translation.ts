import type { ErrorCode } from '../machine/errors.js';
import type { BlockReason, DeclineReason } from '../machine/reasons.js';

/** Every string the gate shows. Strings with values are functions. */
export interface Translation {
  /** BCP 47 tag this translation is for, also handed to Persona as its flow language. */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';

  readonly checkingHeading: string;
  readonly checkingBody: string;

  readonly lockedHeading: string;
  readonly lockedIntro: string;
  readonly prepareHeading: string;
  readonly prepareItems: readonly string[];
  readonly acceptedHeading: string;
  readonly acceptedItems: readonly string[];
  readonly notAcceptedHeading: string;
  readonly notAcceptedItems: readonly string[];
  readonly privacyHeading: string;
  readonly privacyBody: string;
  readonly startButton: string;

  readonly loadingHeading: string;
  readonly loadingBody: string;
  readonly inProgressHeading: string;
  readonly inProgressBody: string;
  readonly cancelButton: string;
  readonly flowTitle: string;

  readonly reviewingHeading: string;
  readonly reviewingBody: string;

  readonly verifiedAnnouncement: string;

  readonly retryHeading: string;
  readonly declineGuidance: (reason: DeclineReason | undefined) => string;
  readonly attemptsLeft: (count: number) => string;
  readonly retryButton: string;

  readonly exhaustedHeading: string;
  readonly exhaustedBody: string;
  readonly supportLink: string;

  readonly cancelledHeading: string;
  readonly cancelledBody: string;
  readonly resumeButton: string;
  readonly startOverButton: string;

  readonly blockedHeading: string;
  readonly blockedReason: (reason: BlockReason | undefined) => string;
  readonly appealLink: string;

  readonly errorHeading: string;
  readonly errorMessage: (code: ErrorCode) => string;
  readonly tryAgainButton: string;
  readonly contactSupport: string;
}
