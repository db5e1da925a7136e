// docs/localization.md's `strings` override, type-checked against the element's typings.
import type { IdVerificationGate } from 'id-verification-gate';

declare const gate: IdVerificationGate;

// #region sample
gate.strings = {
  startButton: 'Verify now',
  privacyItems: ['Acme never sees your ID: Persona checks it for us.'],
  declineAdvice: { glare: 'Turn away from the window and try again.' },
};
// #endregion sample

// @ts-expect-error: a record's keys are still checked (no such decline reason)
gate.strings = { declineAdvice: { sunburn: 'Stay in the shade.' } };
