import type { StatusReply } from '../backend/status-client.js';
import type { IdvVerifiedDetail } from '../events/idv-verified.js';
import type { GateHost } from './gate-host.js';
import type { GateError } from '../machine/errors.js';
import type { GateState } from '../machine/states.js';
import type { GateEvent } from '../machine/transition.js';

/** What the person is about to do: start a `new` flow, `resume` one, or what the host's `preload()` call means. */
export type PrewarmIntent = 'new' | 'resume' | 'preload';

/** Which background work a recoverable error interrupted, so Try again repeats it. */
export type Interrupted = 'check' | 'review' | 'flow';

/**
 * What the lazily loaded flow session may do to its gate: the controller's
 * state changes, nothing else. Types only, so the session stays out of the
 * eager code and the controller out of the lazy chunk.
 */
export interface FlowCore {
  readonly host: GateHost;
  readonly state: GateState;
  /** Aborted when the gate is removed or reset. */
  readonly signal: AbortSignal;
  /** Whether the attempt that started as `generation` is still the one under way (not ended since). */
  isCurrent(generation: number): boolean;
  move(event: GateEvent): boolean;
  fail(error: GateError, interrupted: Interrupted): void;
  verify(detail: IdvVerifiedDetail, event: GateEvent): void;
  /** The server's verdict about an inquiry (after the flow). */
  judge(reply: StatusReply, inquiryId: string | undefined): void;
  /** A client-side decline (no server): count it and show retry or exhausted. */
  decline(inquiryId: string): void;
  /** Ends the attempt under way: later signals of its flow are dropped. */
  endAttempt(): void;
}
