// The public API without side effects: import this to register the element yourself
// (`IdVerificationGate.define('my-gate', registry)`) or to use only the types.
export { IdVerificationGate } from './eager/element/id-verification-gate.js';
export * from './eager/events/index.js';
export { GateStates, type GateState } from './eager/machine/states.js';
export { GateErrorCodes, PersonaErrorCodes, type ErrorCode } from './eager/machine/errors.js';
export { BlockReasons, DeclineReasons, type BlockReason, type DeclineReason } from './protocol/reasons.js';
export { builtInLocales, type BuiltInLocale } from './i18n/built-in-locales.js';
export type { Translation, TranslationOverrides } from './i18n/translation.js';
