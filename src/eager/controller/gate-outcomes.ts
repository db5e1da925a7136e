import type { StatusReply } from '../backend/status-client.js';
import {
  IdvBlockedEvent,
  IdvDeclinedEvent,
  IdvErrorEvent,
  IdvExhaustedEvent,
  IdvStateChangeEvent,
} from '../events/index.js';
import type { IdvVerifiedDetail } from '../events/idv-verified.js';
import type { Interrupted } from './flow-core.js';
import type { GateError } from '../machine/errors.js';
import type { GateState } from '../machine/states.js';
import { transition, type GateEvent } from '../machine/transition.js';
import type { GateHost } from './gate-host.js';

/**
 * A gate's state and every change to it: each move through the state machine
 * with the event it fires, and what an outcome leaves for the screens (the
 * error, the reasons, attempts left). How outcomes are reached (the server on
 * connect, the flow, other gates) is the `VerificationController`'s part.
 */
export abstract class GateOutcomes {
  state: GateState = 'checking';
  error: GateError | undefined;
  declineReason: string | undefined;
  blockReason: string | undefined;
  /** What the error on screen interrupted, so Try again repeats it. */
  interrupted: Interrupted = 'flow';
  /** Declines this gate has seen. */
  failures = 0;
  #serverAttemptsRemaining: number | undefined;

  constructor(readonly host: GateHost) {}

  get attemptsRemaining(): number {
    return this.#serverAttemptsRemaining ?? Math.max(0, this.host.maxAttempts - this.failures);
  }

  /** Unlocks: the state, `idv-verified`, and whatever else the unlock ends. */
  abstract verify(detail: IdvVerifiedDetail, event: GateEvent): void;

  /** Asks the server again until it decides (the gate is `reviewing`). */
  protected abstract awaitReview(): void;

  /** Forgets attempts, errors and reasons (`reset()`). */
  protected forgetOutcomes(): void {
    this.failures = 0;
    this.#serverAttemptsRemaining = undefined;
    this.error = undefined;
    this.declineReason = undefined;
    this.blockReason = undefined;
  }

  /** The server's verdict, on connect or about an inquiry after the flow. */
  judge(reply: StatusReply, inquiryId: string | undefined): void {
    if (reply.attemptsRemaining !== undefined) this.#serverAttemptsRemaining = reply.attemptsRemaining;
    switch (reply.status) {
      case 'approved':
        this.verify(inquiryId ? { inquiryId, confirmedBy: 'server' } : { confirmedBy: 'server' }, {
          type: 'status',
          status: 'approved',
        });
        return;
      case 'pending':
        if (this.move({ type: 'status', status: 'pending' })) this.awaitReview();
        return;
      case 'unverified':
        this.move({ type: 'status', status: 'unverified' });
        return;
      case 'declined':
        this.#decline(inquiryId ?? '', reply.reason, { type: 'status', status: 'declined' });
        return;
      case 'blocked':
        this.blockReason = reply.reason ?? 'policy';
        if (this.move({ type: 'status', status: 'blocked' })) {
          this.host.dispatchEvent(new IdvBlockedEvent({ reason: this.blockReason }));
        }
        return;
    }
  }

  /** A client-side decline from the flow (no server): count it and show retry or exhausted. */
  decline(inquiryId: string): void {
    this.#decline(inquiryId, undefined, { type: 'flow-fail' });
  }

  /** One more failed attempt: retry while attempts remain, else exhausted. */
  #decline(inquiryId: string, reason: string | undefined, event: GateEvent): void {
    this.failures += 1;
    this.declineReason = reason;
    if (!this.move(event)) return;
    const { attemptsRemaining } = this;
    this.host.dispatchEvent(
      new IdvDeclinedEvent({
        inquiryId,
        attempt: this.failures,
        attemptsRemaining,
        ...(reason !== undefined && { reason }),
      }),
    );
    if (this.state === 'exhausted') this.host.dispatchEvent(new IdvExhaustedEvent({ attempts: this.failures }));
  }

  fail(error: GateError, interrupted: Interrupted): void {
    const previous = this.error;
    this.error = error;
    if (!this.move({ type: 'failure' })) {
      this.error = previous;
      return;
    }
    this.interrupted = interrupted;
    this.host.requestUpdate();
    this.host.dispatchEvent(new IdvErrorEvent({ code: error.code, message: error.message, recoverable: error.recoverable }));
  }

  /** Applies a machine event; returns whether it was accepted. */
  move(event: GateEvent): boolean {
    const previousState = this.state;
    const next = transition(previousState, event, {
      serverConfirms: Boolean(this.host.statusUrl),
      attemptsRemaining: this.attemptsRemaining,
      errorRecoverable: this.error?.recoverable ?? true,
    });
    if (next === undefined) return false;
    if (next !== previousState) {
      this.state = next;
      this.host.requestUpdate();
      this.host.dispatchEvent(new IdvStateChangeEvent({ state: next, previousState }));
    }
    return true;
  }
}
