import type { CameraProblem, ErrorCode } from '../eager/machine/errors.js';
import type { BlockReason, DeclineReason } from '../protocol/reasons.js';

/** The steps of a verification, as the briefing and the retry screen list them. */
export type VerificationStep = 'prepare' | 'idPhoto' | 'selfie' | 'review';

/**
 * Every string the gate shows, for one locale. Lists are rendered as lists;
 * strings that depend on a value are functions.
 */
export interface Translation {
  /** BCP 47 tag, also handed to Persona as its flow language. */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';

  readonly checkingHeading: string;
  readonly checkingBody: string;

  readonly lockedHeading: string;
  readonly lockedIntro: string;
  /** Heading of the briefing's list of steps. */
  readonly stepsHeading: string;
  /** Each step's name, short enough for a narrow four-column row. */
  readonly steps: Readonly<Record<VerificationStep, string>>;
  /** Screen-reader name of the retry screen's list of steps. */
  readonly stepsProgressLabel: string;
  /** Said after a step done before the failed one. */
  readonly stepDone: string;
  /** Said after the step that needs another try. */
  readonly stepFailed: string;
  readonly prepareHeading: string;
  readonly prepareItems: readonly string[];
  readonly acceptedHeading: string;
  readonly acceptedItems: readonly string[];
  readonly notAcceptedHeading: string;
  readonly notAcceptedItems: readonly string[];
  readonly privacyHeading: string;
  readonly privacyItems: readonly string[];
  readonly startButton: string;

  readonly loadingHeading: string;
  readonly loadingBody: string;
  readonly inProgressHeading: string;
  readonly inProgressBody: string;
  readonly cancelButton: string;
  /** Title of Persona's iframe, read by screen readers. */
  readonly flowTitle: string;

  readonly reviewingHeading: string;
  readonly reviewingBody: string;
  readonly reviewingLeave: string;

  readonly verifiedHeading: string;

  readonly retryHeading: string;
  /** Advice per decline reason; `other` for reasons the gate does not know. */
  readonly declineAdvice: Readonly<Record<DeclineReason | 'other', string>>;
  readonly attemptsLeft: (count: number) => string;
  readonly retryButton: string;

  readonly exhaustedHeading: string;
  readonly exhaustedBody: string;
  readonly exhaustedIncludeHeading: string;
  readonly exhaustedIncludeItems: readonly string[];
  readonly supportLink: string;

  readonly cancelledHeading: string;
  readonly cancelledBody: string;
  readonly resumeButton: string;
  readonly startOverButton: string;

  readonly blockedHeading: string;
  /** Explanation per block reason; `other` for reasons the gate does not know. */
  readonly blockedReasons: Readonly<Record<BlockReason | 'other', string>>;
  readonly appealLink: string;

  readonly errorHeading: string;
  /** A person's words for each error code. */
  readonly errorMessages: Readonly<Record<ErrorCode, string>>;
  /** More precise words for `camera_unavailable` found before the flow opens. */
  readonly cameraProblems: Readonly<Record<CameraProblem, string>>;
  readonly tryAgainButton: string;
  readonly checkAgainButton: string;
  /** Opens the flow although no camera was found: Persona can move the person to a phone. */
  readonly continueAnywayButton: string;
  readonly contactSupport: string;
}

/**
 * The host's `strings`: any message, or single entries of a record (advice per
 * reason, words per error), which merge key by key over the translation.
 */
export type TranslationOverrides = {
  readonly [K in keyof Translation]?: Translation[K] extends Readonly<Record<string, string>>
    ? Partial<Translation[K]>
    : Translation[K];
};
