import type { ReactiveController } from 'lit';
import { backendGateError } from '../backend/backend-error.js';
import { scopeChannel, type VerifiedSource } from '../backend/scope-channel.js';
import { sharedRequest } from '../backend/shared-request.js';
import { fetchStatus, type StatusReply } from '../backend/status-client.js';
import {
  IdvBlockedEvent,
  IdvCancelEvent,
  IdvDeclinedEvent,
  IdvErrorEvent,
  IdvExhaustedEvent,
  IdvStartEvent,
  IdvStateChangeEvent,
  IdvVerifiedEvent,
} from '../events/index.js';
import type { IdvVerifiedDetail } from '../events/idv-verified.js';
import type { FlowCore, Interrupted } from '../flow/flow-core.js';
import type { FlowSession } from '../flow/flow-session.js';
import type { FlowView } from '../flow/flow-view.js';
import { loadFlowSession } from './load-flow-session.js';
import { gateError, type GateError } from '../machine/errors.js';
import type { GateState } from '../machine/states.js';
import { transition, type GateEvent } from '../machine/transition.js';
import type { PersonaFlow } from '../persona/persona-flow.js';
import type { GateHost } from './gate-host.js';

export type { GateHost } from './gate-host.js';

/**
 * Runs one gate's verification: the state machine, the host's server and the
 * scope shared with other gates. Everything from Start on (Persona's flow, the
 * review after it) is a `FlowSession` loaded on the first Start, so a person
 * who is already verified never downloads it. Owns every piece of state the
 * screens read; the element only renders it and forwards its API.
 */
export class VerificationController implements ReactiveController {
  state: GateState = 'checking';
  error: GateError | undefined;
  declineReason: string | undefined;
  blockReason: string | undefined;

  readonly #host: GateHost;
  #failures = 0;
  #serverAttemptsRemaining: number | undefined;
  #interrupted: Interrupted = 'flow';
  /** Aborted when the element leaves the page: requests, polling, late flow work. */
  #connection = new AbortController();
  /** Bumped whenever an attempt ends, so late work of an old flow is dropped. */
  #generation = 0;
  #session: FlowSession | undefined;
  #unsubscribe: (() => void) | undefined;
  #started = false;
  /** The status-url and scope the gate last asked about. */
  #serverKey = '';

  constructor(host: GateHost) {
    this.#host = host;
    host.addController(this);
  }

  get attemptsRemaining(): number {
    return this.#serverAttemptsRemaining ?? Math.max(0, this.#host.maxAttempts - this.#failures);
  }

  get canResume(): boolean {
    return this.#session?.resumePoint !== undefined;
  }

  /** The open Persona flow, if any. */
  get flow(): PersonaFlow | undefined {
    return this.#session?.flow;
  }

  /** The open flow as the gate shows it, if any. */
  get flowView(): FlowView | undefined {
    return this.#session?.view;
  }

  hostConnected(): void {
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    this.#subscribe();
    // Back on the page after a move: pick up the background work the removal stopped.
    if (this.#started && this.state === 'checking') void this.#checkOnConnect();
    if (this.#started && this.state === 'reviewing') void this.#withSession((session) => session.awaitReview());
  }

  hostDisconnected(): void {
    this.#connection.abort();
    this.#unsubscribe?.();
    if (this.state === 'loading' || this.state === 'in-progress') this.#exit();
  }

  /**
   * Applies the configuration: an invalid one is an error naming the attribute;
   * a valid one starts the gate, or starts it again when the server or scope
   * changed while nothing was under way (a host adding `status-url` after login).
   */
  configure(problem: string | undefined): void {
    // A flow on screen keeps the configuration it opened with.
    if (this.state === 'loading' || this.state === 'in-progress') return;
    if (problem) {
      if (this.error?.message !== problem) console.error(`<id-verification-gate>: ${problem}`);
      this.#fail(gateError('invalid_config', problem), 'flow');
      return;
    }
    const { statusUrl, scope } = this.#host;
    const serverKey = `${statusUrl ?? ''} ${scope}`;
    const serverChanged = this.#started && serverKey !== this.#serverKey;
    this.#serverKey = serverKey;
    if (serverChanged) this.#subscribe();
    const fixed = this.error?.code === 'invalid_config';
    const idle = this.state === 'locked' || this.state === 'checking' || this.state === 'error';
    if (this.#started && !fixed && !(serverChanged && idle)) return;

    this.#started = true;
    if (this.state !== 'checking') {
      this.error = undefined;
      this.#renewConnection();
      this.#move({ type: 'reset' });
    }
    if (scopeChannel.isVerified(scope)) {
      this.#verify({ confirmedBy: 'shared' }, { type: 'shared-verified' });
    } else if (statusUrl) {
      void this.#checkOnConnect();
    } else {
      this.#move({ type: 'ready-to-start' });
    }
  }

  /** Start: a new inquiry. */
  start(): void {
    this.#begin('new');
  }

  /** Try again: after a decline a new inquiry; after an error, repeat what failed, keeping the inquiry. */
  retry(): void {
    if (this.state === 'error' && this.#interrupted !== 'flow') {
      const reviewing = this.#interrupted === 'review';
      if (!this.#move({ type: 'recheck', reviewing })) return;
      this.error = undefined;
      void (reviewing ? this.#withSession((session) => session.awaitReview()) : this.#checkOnConnect());
      return;
    }
    this.#begin(this.state === 'retry' ? 'new' : 'resume');
  }

  resume(): void {
    this.#begin('resume');
  }

  /** After "no camera": open the flow anyway; Persona can offer to continue on a phone. */
  continueWithoutCamera(): void {
    this.#begin('without-camera');
  }

  cancel(): void {
    if (this.state === 'in-progress' && this.flow) this.#session?.cancel();
    else if (this.state === 'loading') this.#exit();
  }

  reset(): void {
    this.#endAttempt();
    this.#renewConnection();
    this.#session = undefined;
    this.#failures = 0;
    this.#serverAttemptsRemaining = undefined;
    this.error = undefined;
    this.declineReason = undefined;
    this.blockReason = undefined;
    scopeChannel.forget(this.#host.scope);
    this.#started = false;
    this.#move({ type: 'reset' });
  }

  /** Moves to `loading` at once (the person sees their click), then opens the flow once its code is here. */
  #begin(how: 'new' | 'resume' | 'without-camera'): void {
    const resumeId = how === 'new' ? undefined : this.#session?.resumePoint?.inquiryId;
    if (!this.#move({ type: 'start' })) return;
    this.error = undefined;
    const generation = ++this.#generation;
    this.#host.dispatchEvent(
      new IdvStartEvent({ attempt: this.#failures + 1, inquiryId: resumeId ?? this.#host.inquiryId }),
    );
    void this.#withSession((session) => {
      if (how === 'new') session.resumePoint = undefined;
      if (how === 'without-camera') session.cameraOptional = true;
      if (this.#generation === generation && this.state === 'loading') return session.launch(generation);
    }, generation);
  }

  /** The flow session, loaded on first use. A failed download is `sdk_load_failed` for the attempt under way. */
  async #withSession(use: (session: FlowSession) => unknown, generation?: number): Promise<void> {
    let session = this.#session;
    if (!session) {
      try {
        const { FlowSession } = await loadFlowSession();
        session = this.#session ??= new FlowSession(this.#core);
      } catch (error) {
        if (generation === undefined || generation === this.#generation) {
          this.#fail(gateError('sdk_load_failed', error instanceof Error ? error.message : String(error)), 'flow');
        }
        return;
      }
    }
    await use(session);
  }

  /** The person left (or the gate was removed) before the flow finished. */
  #exit(): void {
    if (this.#session) {
      this.#session.exit();
      return;
    }
    // Still downloading the flow's code: nothing to resume yet.
    this.#endAttempt();
    if (this.#move({ type: 'flow-exit' })) this.#host.dispatchEvent(new IdvCancelEvent({}));
  }

  /** `GET status-url?scope=S` on connect: one request for every gate of the scope on the page. */
  async #checkOnConnect(): Promise<void> {
    const { statusUrl, scope, requestInit } = this.#host;
    if (!statusUrl) return;
    const signal = this.#connection.signal;
    try {
      const reply = await sharedRequest(
        `${scope}\n${new URL(statusUrl, document.baseURI).href}`,
        (shared) => fetchStatus(statusUrl, { scope }, requestInit, shared),
        signal,
      );
      this.#judge(reply, undefined);
    } catch (error) {
      if (!signal.aborted) this.#fail(backendGateError(error), 'check');
    }
  }

  /** The server's verdict, on connect or about an inquiry after the flow. */
  #judge(reply: StatusReply, inquiryId: string | undefined): void {
    if (reply.attemptsRemaining !== undefined) this.#serverAttemptsRemaining = reply.attemptsRemaining;
    switch (reply.status) {
      case 'approved':
        this.#verify(inquiryId ? { inquiryId, confirmedBy: 'server' } : { confirmedBy: 'server' }, {
          type: 'status',
          status: 'approved',
        });
        return;
      case 'pending':
        if (this.#move({ type: 'status', status: 'pending' })) {
          void this.#withSession((session) => session.awaitReview());
        }
        return;
      case 'unverified':
        this.#move({ type: 'status', status: 'unverified' });
        return;
      case 'declined':
        this.#decline(inquiryId ?? '', reply.reason, { type: 'status', status: 'declined' });
        return;
      case 'blocked':
        this.blockReason = reply.reason ?? 'policy';
        if (this.#move({ type: 'status', status: 'blocked' })) {
          this.#host.dispatchEvent(new IdvBlockedEvent({ reason: this.blockReason }));
        }
        return;
    }
  }

  /** One more failed attempt: retry while attempts remain, else exhausted. */
  #decline(inquiryId: string, reason: string | undefined, event: GateEvent): void {
    this.#failures += 1;
    this.declineReason = reason;
    if (!this.#move(event)) return;
    const { attemptsRemaining } = this;
    this.#host.dispatchEvent(
      new IdvDeclinedEvent({
        inquiryId,
        attempt: this.#failures,
        attemptsRemaining,
        ...(reason !== undefined && { reason }),
      }),
    );
    if (this.state === 'exhausted') this.#host.dispatchEvent(new IdvExhaustedEvent({ attempts: this.#failures }));
  }

  #verify(detail: IdvVerifiedDetail, event: GateEvent): void {
    this.#endAttempt();
    if (!this.#move(event)) return;
    this.#renewConnection(); // stops any polling still running
    this.#host.dispatchEvent(new IdvVerifiedEvent(detail));
    if (detail.confirmedBy !== 'shared') scopeChannel.announceVerified(this.#host.scope, this.#onScopeVerified);
  }

  /** Another gate of the scope was verified: here directly, from another tab only once our server agrees. */
  #onScopeVerified = (source: VerifiedSource): void => {
    if (this.state === 'verified') return;
    if (source === 'tab' && this.#host.statusUrl) {
      if (this.state !== 'loading' && this.state !== 'in-progress') {
        this.#renewConnection();
        this.#move({ type: 'reset' });
        void this.#checkOnConnect();
      }
      return;
    }
    this.#verify({ confirmedBy: 'shared' }, { type: 'shared-verified' });
  };

  #fail(error: GateError, interrupted: Interrupted): void {
    const previous = this.error;
    this.error = error;
    if (!this.#move({ type: 'failure' })) {
      this.error = previous;
      return;
    }
    this.#interrupted = interrupted;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new IdvErrorEvent({ code: error.code, message: error.message, recoverable: error.recoverable }));
  }

  /** Applies a machine event; returns whether it was accepted. */
  #move(event: GateEvent): boolean {
    const previousState = this.state;
    const next = transition(previousState, event, {
      serverConfirms: Boolean(this.#host.statusUrl),
      attemptsRemaining: this.attemptsRemaining,
      errorRecoverable: this.error?.recoverable ?? true,
    });
    if (next === undefined) return false;
    if (next !== previousState) {
      this.state = next;
      this.#host.requestUpdate();
      this.#host.dispatchEvent(new IdvStateChangeEvent({ state: next, previousState }));
    }
    return true;
  }

  /** Ends the attempt under way: its flow closes and its late signals are dropped. */
  #endAttempt(): void {
    this.#generation += 1;
    this.#session?.close();
  }

  /** Listens to the gate's current scope (and no longer to a previous one). */
  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = scopeChannel.subscribe(this.#host.scope, this.#onScopeVerified);
  }

  /** Aborts every request and timer of this gate; later work gets a fresh signal. */
  #renewConnection(): void {
    this.#connection.abort();
    this.#connection = new AbortController();
  }

  /** What the flow session may do to this gate: its state changes, through the same paths as here. */
  readonly #core: FlowCore = this.#coreFor();

  #coreFor(): FlowCore {
    const self = this;
    return {
      get host() {
        return self.#host;
      },
      get state() {
        return self.state;
      },
      get signal() {
        return self.#connection.signal;
      },
      isCurrent: (generation) => generation === this.#generation,
      move: (event) => this.#move(event),
      fail: (error, interrupted) => this.#fail(error, interrupted),
      verify: (detail, event) => this.#verify(detail, event),
      judge: (reply, inquiryId) => this.#judge(reply, inquiryId),
      decline: (inquiryId) => this.#decline(inquiryId, undefined, { type: 'flow-fail' }),
      endAttempt: () => this.#endAttempt(),
    };
  }
}
