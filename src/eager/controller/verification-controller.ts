import type { ReactiveController } from '@lit/reactive-element';
import { backendGateError } from '../backend/backend-error.js';
import { scopeChannel, type VerifiedSource } from '../backend/scope-channel.js';
import { sharedRequest } from '../backend/shared-request.js';
import { fetchStatus } from '../backend/status-client.js';
import { IdvCancelEvent, IdvStartEvent, IdvVerifiedEvent } from '../events/index.js';
import type { IdvVerifiedDetail } from '../events/idv-verified.js';
import type { FlowCore, PrewarmIntent } from './flow-core.js';
import type { FlowView } from './flow-view.js';
import { gateError } from '../machine/errors.js';
import type { GateEvent } from '../machine/transition.js';
import type { GateHost } from './gate-host.js';
import { GateOutcomes } from './gate-outcomes.js';
import { loadFlowSession, type FlowSession } from './load-flow-session.js';

export type { GateHost } from './gate-host.js';

/**
 * Runs one gate's verification: its configuration, the host's server on
 * connect, the scope shared with other gates, and the person's actions; the
 * state and what each outcome changes are `GateOutcomes`'. Everything from
 * Start on (Persona's flow, the review after it) is a `FlowSession` loaded on
 * the first Start, so a person who is already verified never downloads it; the
 * session changes the gate only through this controller's `FlowCore` side. The
 * element only renders what the controller holds and forwards its API.
 */
export class VerificationController extends GateOutcomes implements ReactiveController, FlowCore {
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
    super(host);
    host.addController(this);
  }

  /** Aborted when the gate is removed or reset. */
  get signal(): AbortSignal {
    return this.#connection.signal;
  }

  /** Whether the attempt that started as `generation` is still the one under way. */
  isCurrent(generation: number): boolean {
    return generation === this.#generation;
  }

  get canResume(): boolean {
    return this.#session?.resumePoint !== undefined;
  }

  /** The open Persona flow, if any. */
  get flow(): FlowSession['flow'] {
    return this.#session?.flow;
  }

  /** The open flow as the gate shows it, if any. */
  get flowView(): FlowView | undefined {
    return this.#session?.view;
  }

  hostConnected(): void {
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    // Not set up (yet): in no scope, nothing to pick up.
    if (!this.#started) return;
    this.#subscribe();
    // Back on the page after a move: pick up the background work the removal stopped.
    if (this.state === 'checking') void this.#checkOnConnect();
    if (this.state === 'reviewing') this.awaitReview();
  }

  hostDisconnected(): void {
    this.#connection.abort();
    this.#leaveScope();
    if (this.state === 'loading' || this.state === 'in-progress') this.#exit();
  }

  /** Stops for good, quietly (the gate became a preview): no flow, no requests, no scope, no events. */
  stop(): void {
    this.endAttempt();
    this.#connection.abort();
    this.#leaveScope();
    this.host.removeController(this);
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
      // A gate that is not set up is in no scope: nothing another gate does unlocks it.
      this.#started = false;
      this.#leaveScope();
      this.fail(gateError('invalid_config', problem), 'flow');
      return;
    }
    const { statusUrl, scope } = this.host;
    const serverKey = `${statusUrl ?? ''} ${scope}`;
    const serverChanged = this.#started && serverKey !== this.#serverKey;
    this.#serverKey = serverKey;
    if (this.host.isConnected && (serverChanged || !this.#unsubscribe)) this.#subscribe();
    const fixed = this.error?.code === 'invalid_config';
    const idle = this.state === 'locked' || this.state === 'checking' || this.state === 'error';
    if (this.#started && !fixed && !(serverChanged && idle)) return;

    this.#started = true;
    if (this.state !== 'checking') {
      this.error = undefined;
      this.#renewConnection();
      this.move({ type: 'reset' });
    }
    if (scopeChannel.isVerified(scope)) {
      this.verify({ confirmedBy: 'shared' }, { type: 'shared-verified' });
    } else if (statusUrl) {
      void this.#checkOnConnect();
    } else {
      this.move({ type: 'ready-to-start' });
    }
  }

  /** Prepares the flow ahead of the click, as far as the gate's `prewarm` allows (see `FlowSession.prewarm`). */
  prewarm(intent?: PrewarmIntent): Promise<void> {
    return this.#withSession((session) => session.prewarm(intent));
  }

  /** Start: a new inquiry. */
  start(): void {
    this.#begin('new');
  }

  /** Try again: after a decline a new inquiry; after an error, repeat what failed, keeping the inquiry. */
  retry(): void {
    if (this.state === 'error' && this.interrupted !== 'flow') {
      const reviewing = this.interrupted === 'review';
      if (!this.move({ type: 'recheck', reviewing })) return;
      this.error = undefined;
      if (reviewing) this.awaitReview();
      else void this.#checkOnConnect();
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
    this.endAttempt();
    this.#renewConnection();
    this.#session = undefined;
    this.forgetOutcomes();
    scopeChannel.forget(this.host.scope);
    this.#started = false;
    this.move({ type: 'reset' });
  }

  /** Moves to `loading` at once (the person sees their click), then opens the flow once its code is here. */
  #begin(how: 'new' | 'resume' | 'without-camera'): void {
    const resumeId = how === 'new' ? undefined : this.#session?.resumePoint?.inquiryId;
    if (!this.move({ type: 'start' })) return;
    this.error = undefined;
    const generation = ++this.#generation;
    this.host.dispatchEvent(
      new IdvStartEvent({ attempt: this.failures + 1, inquiryId: resumeId ?? this.host.inquiryId }),
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
        session = this.#session ??= new FlowSession(this);
      } catch (error) {
        if (generation === undefined || generation === this.#generation) {
          this.fail(gateError('sdk_load_failed', error instanceof Error ? error.message : String(error)), 'flow');
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
    this.endAttempt();
    if (this.move({ type: 'flow-exit' })) this.host.dispatchEvent(new IdvCancelEvent({}));
  }

  /** `GET status-url?scope=S` on connect: one request for every gate of the scope on the page. */
  async #checkOnConnect(): Promise<void> {
    const { statusUrl, scope, requestInit } = this.host;
    if (!statusUrl) return;
    const signal = this.#connection.signal;
    try {
      const reply = await sharedRequest(
        `${scope}\n${new URL(statusUrl, document.baseURI).href}`,
        (shared) => fetchStatus(statusUrl, { scope }, requestInit, shared),
        signal,
      );
      this.judge(reply, undefined);
    } catch (error) {
      if (!signal.aborted) this.fail(backendGateError(error), 'check');
    }
  }

  protected awaitReview(): void {
    void this.#withSession((session) => session.awaitReview());
  }

  verify(detail: IdvVerifiedDetail, event: GateEvent): void {
    this.endAttempt();
    if (!this.move(event)) return;
    this.#renewConnection(); // stops any polling still running
    this.host.dispatchEvent(new IdvVerifiedEvent(detail));
    if (detail.confirmedBy !== 'shared') scopeChannel.announceVerified(this.host.scope, this.#onScopeVerified);
  }

  /** Another gate of the scope was verified: here directly, from another tab only once our server agrees. */
  #onScopeVerified = (source: VerifiedSource): void => {
    if (this.state === 'verified') return;
    if (source === 'tab' && this.host.statusUrl) {
      if (this.state !== 'loading' && this.state !== 'in-progress') {
        this.#renewConnection();
        this.move({ type: 'reset' });
        void this.#checkOnConnect();
      }
      return;
    }
    this.verify({ confirmedBy: 'shared' }, { type: 'shared-verified' });
  };

  /** Ends the attempt under way: its flow closes and its late signals are dropped. */
  endAttempt(): void {
    this.#generation += 1;
    this.#session?.close();
  }

  /** Listens to the gate's current scope (and no longer to a previous one). */
  #subscribe(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = scopeChannel.subscribe(this.host.scope, this.#onScopeVerified);
  }

  #leaveScope(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Aborts every request and timer of this gate; later work gets a fresh signal. */
  #renewConnection(): void {
    this.#connection.abort();
    this.#connection = new AbortController();
  }
}
