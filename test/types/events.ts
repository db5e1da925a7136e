// The global typings every host gets from `import 'id-verification-gate'`:
// the tag in HTMLElementTagNameMap and every idv-* event in HTMLElementEventMap.
import {
  IdVerificationGate,
  type GateState,
  type IdvBlockedDetail,
  type IdvCancelDetail,
  type IdvCompleteDetail,
  type IdvDeclinedDetail,
  type IdvErrorDetail,
  type IdvExhaustedDetail,
  type IdvPersonaEventDetail,
  type IdvReadyDetail,
  type IdvStartDetail,
  type IdvStateChangeDetail,
  type IdvVerifiedDetail,
} from 'id-verification-gate';
import { expectType, type Equal } from './expect.js';

// The tag is known to the DOM's typings.
const gate = document.createElement('id-verification-gate');
expectType<Equal<typeof gate, IdVerificationGate>>(true);
expectType<Equal<HTMLElementTagNameMap['id-verification-gate'], IdVerificationGate>>(true);
const queried = document.querySelector('id-verification-gate');
expectType<Equal<typeof queried, IdVerificationGate | null>>(true);

// Properties keep their types.
gate.templateId = 'itmpl_123';
gate.mode = 'inline';
gate.prewarm = 'assets';
gate.flowTimeout = 30_000;
gate.fields = { nameFirst: 'Ada' };
gate.requestInit = { credentials: 'include' };
gate.strings = { startButton: 'Verify now' };
// @ts-expect-error `mode` is 'modal' | 'inline'
gate.mode = 'popup';
// @ts-expect-error `prewarm` is 'intent' | 'assets' | 'none'
gate.prewarm = 'eager';
// @ts-expect-error `flowTimeout` is a number of milliseconds
gate.flowTimeout = '30s';
// @ts-expect-error `state` is read-only
gate.state = 'verified';
// @ts-expect-error `verified` is read-only
gate.verified = true;
// @ts-expect-error `strings` only takes keys of the Translation
gate.strings = { startButon: 'Verify now' };
const state: GateState = gate.state;
// @ts-expect-error not a state
const notAState: GateState = 'approved';

// Each event's detail is exactly what the contract lists: no identity data can slip in.
expectType<Equal<keyof IdvStateChangeDetail, 'state' | 'previousState'>>(true);
expectType<Equal<keyof IdvStartDetail, 'attempt' | 'inquiryId'>>(true);
expectType<Equal<keyof IdvReadyDetail, string>>(true); // `{}`: Record<string, never>
expectType<Equal<keyof IdvCompleteDetail, 'inquiryId' | 'status'>>(true);
expectType<Equal<keyof IdvVerifiedDetail, 'inquiryId' | 'confirmedBy'>>(true);
expectType<Equal<keyof IdvDeclinedDetail, 'inquiryId' | 'attempt' | 'attemptsRemaining' | 'reason'>>(true);
expectType<Equal<keyof IdvExhaustedDetail, 'attempts'>>(true);
expectType<Equal<keyof IdvCancelDetail, 'inquiryId'>>(true);
expectType<Equal<keyof IdvBlockedDetail, 'reason'>>(true);
expectType<Equal<keyof IdvErrorDetail, 'code' | 'message' | 'recoverable'>>(true);
expectType<Equal<keyof IdvPersonaEventDetail, 'name' | 'metadata'>>(true);
expectType<Equal<IdvVerifiedDetail['confirmedBy'], 'server' | 'client' | 'shared'>>(true);

// addEventListener knows every event by name, on the element and on any ancestor.
gate.addEventListener('idv-state-change', (event) => {
  const next: GateState = event.detail.state;
  const previous: GateState = event.detail.previousState;
  // @ts-expect-error a state is not a number
  const wrong: number = event.detail.state;
});
gate.addEventListener('idv-start', (event) => {
  const attempt: number = event.detail.attempt;
  const inquiryId: string | undefined = event.detail.inquiryId;
  // @ts-expect-error inquiryId may be missing
  const sure: string = event.detail.inquiryId;
});
gate.addEventListener('idv-ready', (event) => {
  // @ts-expect-error idv-ready carries nothing
  event.detail.inquiryId.toString();
});
gate.addEventListener('idv-complete', (event) => {
  const inquiryId: string = event.detail.inquiryId;
  const status: string = event.detail.status;
});
document.body.addEventListener('idv-verified', (event) => {
  const by: 'server' | 'client' | 'shared' = event.detail.confirmedBy;
  const inquiryId: string | undefined = event.detail.inquiryId;
  // @ts-expect-error no session token in any event
  event.detail.sessionToken;
  // @ts-expect-error no prefilled fields in any event
  event.detail.fields;
  // @ts-expect-error details are read-only
  event.detail.confirmedBy = 'server';
  // @ts-expect-error `confirmedBy` is one of three words
  const verdict: 'approved' = event.detail.confirmedBy;
});
gate.addEventListener('idv-declined', (event) => {
  const remaining: number = event.detail.attemptsRemaining;
  const attempt: number = event.detail.attempt;
  const reason: string | undefined = event.detail.reason;
  // @ts-expect-error the reason may be missing
  const sure: string = event.detail.reason;
});
gate.addEventListener('idv-exhausted', (event) => {
  const attempts: number = event.detail.attempts;
});
gate.addEventListener('idv-cancel', (event) => {
  const inquiryId: string | undefined = event.detail.inquiryId;
});
gate.addEventListener('idv-blocked', (event) => {
  const reason: string = event.detail.reason;
});
document.body.addEventListener('idv-error', (event) => {
  const recoverable: boolean = event.detail.recoverable;
  const message: string = event.detail.message;
  if (event.detail.code === 'flow_timeout' || event.detail.code === 'invalid_config') return;
  // @ts-expect-error not an error code
  if (event.detail.code === 'timeout') return;
});
gate.addEventListener('idv-persona-event', (event) => {
  const name: string = event.detail.name;
  const metadata: Readonly<Record<string, unknown>> = event.detail.metadata;
  // @ts-expect-error metadata is read-only
  event.detail.metadata = {};
});

// A misspelled event name is a plain Event: its detail is not there.
gate.addEventListener('idv-verifed', (event) => {
  // @ts-expect-error `idv-verifed` is not one of the gate's events
  event.detail.confirmedBy;
});
