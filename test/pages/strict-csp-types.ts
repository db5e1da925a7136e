// Types shared by the strict-CSP page and the test that drives it.
import type { IdVerificationGate } from '../../src/index.js';
import type { SandboxOutcome } from '../support/persona-sandbox.js';

export type { IdVerificationGate, SandboxOutcome };

/** What the strict-CSP page exposes on its window. */
export interface StrictCspPage {
  readonly gate: IdVerificationGate;
  /** `effectiveDirective: blocked URI or sample` for each violation since the page loaded. */
  readonly violations: string[];
  finishFlow(outcome: SandboxOutcome): void;
}
