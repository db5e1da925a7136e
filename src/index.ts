import { IdVerificationGate } from './gate/id-verification-gate.js';

export { IdVerificationGate } from './gate/id-verification-gate.js';
export * from './events/index.js';
export type { GateState } from './machine/states.js';
export { GateStates } from './machine/states.js';
export type { ErrorCode } from './machine/errors.js';
export type { DeclineReason, BlockReason } from './machine/reasons.js';
export type { Translation } from './i18n/translation.js';

// Registers <id-verification-gate>; on a server (no custom element registry) it only exports.
if (typeof customElements !== 'undefined') IdVerificationGate.define();
