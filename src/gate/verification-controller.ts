import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backendGateError } from '../backend/backend-error.js';
import { pollUntilDecided, type PollTiming } from '../backend/poll-status.js';
import { scopeChannel, type VerifiedSource } from '../backend/scope-channel.js';
import { sharedRequest } from '../backend/shared-request.js';
import { fetchStatus, type StatusReply } from '../backend/status-client.js';
import {
  IdvBlockedEvent,
  IdvCancelEvent,
  IdvCompleteEvent,
  IdvDeclinedEvent,
  IdvErrorEvent,
  IdvExhaustedEvent,
  IdvPersonaEventEvent,
  IdvReadyEvent,
  IdvStartEvent,
  IdvStateChangeEvent,
  IdvVerifiedEvent,
} from '../events/index.js';
import type { IdvVerifiedDetail } from '../events/idv-verified.js';
import type { Translation } from '../i18n/translation.js';
import { gateError, personaErrorCode, type GateError } from '../machine/errors.js';
import type { GateState } from '../machine/states.js';
import { transition, type GateEvent } from '../machine/transition.js';
import type { FlowSignal } from '../persona/flow-signal.js';
import type { LaunchResult } from '../flow/launch-flow.js';
import type { FlowMode, PersonaFlow } from '../persona/persona-flow.js';

/** What the controller reads from its element: the configuration and the strings. */
export interface GateHost extends ReactiveControllerHost, EventTarget {
  readonly templateId: string | undefined;
  readonly templateVersionId: string | undefined;
  readonly environmentId: string | undefined;
  readonly referenceId: string | undefined;
  readonly inquiryId: string | undefined;
  readonly sessionToken: string | undefined;
  readonly fields: Record<string, unknown> | undefined;
  readonly language: string | undefined;
  readonly personaHost: string | undefined;
  readonly mode: FlowMode;
  readonly sessionUrl: string | undefined;
  readonly statusUrl: string | undefined;
  readonly flowTimeout: number;
  readonly maxAttempts: number;
  readonly scope: string;
  readonly requestInit: RequestInit | undefined;
  /** Persona's flow language when `language` is not set. */
  readonly flowLanguage: string;
  /** The strings, once loaded (the flow's iframe title comes from them). */
  readonly translation: Translation | undefined;
  readonly reviewTiming: PollTiming;
}

type ResumePoint = { readonly inquiryId: string; readonly sessionToken?: string | undefined };

/**
 * Runs one gate's verification: the state machine, Persona's flow, the host's
 * server and the scope shared with other gates. Owns every piece of state the
 * screens read; the element only renders it and forwards its API.
 */
export class VerificationController implements ReactiveController {
  state: GateState = 'checking';
  error: GateError | undefined;
  declineReason: string | undefined;
  blockReason: string | undefined;
  flow: PersonaFlow | undefined;

  readonly #host: GateHost;
  #failures = 0;
  #serverAttemptsRemaining: number | undefined;
  /** Where Resume (and Try again after an interruption) picks up; memory only. */
  #resumePoint: ResumePoint | undefined;
  /** The inquiry in the open flow, known from Persona's `start` or the server. */
  #flowInquiryId: string | undefined;
  /** Which background work a recoverable error interrupted, so Try again repeats it. */
  #interrupted: 'check' | 'review' | 'flow' = 'flow';
  #reviewInquiryId: string | undefined;
  /** Aborted when the element leaves the page: requests, polling, late flow work. */
  #connection = new AbortController();
  /** Bumped whenever a flow ends, so late work of an old flow is dropped. */
  #flowGeneration = 0;
  #unsubscribe: (() => void) | undefined;
  #started = false;
  /** The status-url and scope the gate last asked about. */
  #serverKey = '';
  /** The person chose to continue although no camera was found. */
  #cameraOptional = false;

  constructor(host: GateHost) {
    this.#host = host;
    host.addController(this);
  }

  get attemptsRemaining(): number {
    return this.#serverAttemptsRemaining ?? Math.max(0, this.#host.maxAttempts - this.#failures);
  }

  get canResume(): boolean {
    return this.#resumePoint !== undefined;
  }

  hostConnected(): void {
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
    this.#subscribe();
    // Back on the page after a move: pick up the background work the removal stopped.
    if (this.#started && this.state === 'checking') void this.#checkOnConnect();
    if (this.#started && this.state === 'reviewing') void this.#awaitReview();
  }

  hostDisconnected(): void {
    this.#connection.abort();
    this.#unsubscribe?.();
    if (this.flow || this.state === 'loading') this.#onSignal({ type: 'exit' });
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
    this.#resumePoint = undefined;
    void this.#openFlow();
  }

  /** Try again: after a decline a new inquiry; after an error, repeat what failed, keeping the inquiry. */
  retry(): void {
    if (this.state === 'error' && this.#interrupted !== 'flow') {
      if (!this.#move({ type: 'recheck', reviewing: this.#interrupted === 'review' })) return;
      this.error = undefined;
      void (this.#interrupted === 'review' ? this.#awaitReview() : this.#checkOnConnect());
      return;
    }
    if (this.state === 'retry') this.#resumePoint = undefined;
    void this.#openFlow();
  }

  resume(): void {
    void this.#openFlow();
  }

  /** After "no camera": open the flow anyway; Persona can offer to continue on a phone. */
  continueWithoutCamera(): void {
    this.#cameraOptional = true;
    void this.#openFlow();
  }

  cancel(): void {
    if (this.state === 'in-progress' && this.flow) this.flow.cancel();
    else if (this.state === 'loading') this.#onSignal({ type: 'exit' });
  }

  reset(): void {
    this.#endFlow();
    this.#renewConnection();
    this.#failures = 0;
    this.#serverAttemptsRemaining = undefined;
    this.error = undefined;
    this.declineReason = undefined;
    this.blockReason = undefined;
    this.#resumePoint = undefined;
    scopeChannel.forget(this.#host.scope);
    this.#started = false;
    this.#move({ type: 'reset' });
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
      this.#onServerReply(reply, undefined);
    } catch (error) {
      if (!signal.aborted) this.#fail(backendGateError(error), 'check');
    }
  }

  /** `GET status-url?scope=S&inquiry-id=ID` until decided, with backoff, then a recoverable timeout. */
  async #awaitReview(): Promise<void> {
    const { statusUrl, scope, requestInit, reviewTiming } = this.#host;
    if (!statusUrl) return;
    const inquiryId = this.#reviewInquiryId;
    const signal = this.#connection.signal;
    try {
      const reply = await pollUntilDecided(
        () => fetchStatus(statusUrl, { scope, inquiryId }, requestInit, signal),
        signal,
        reviewTiming,
      );
      if (this.state !== 'reviewing') return;
      if (reply === 'timeout') {
        this.#fail(gateError('review_timeout', `status-url still answered pending after ${reviewTiming.timeoutMs} ms.`), 'review');
      } else {
        this.#onServerReply(reply, inquiryId);
      }
    } catch (error) {
      if (!signal.aborted) this.#fail(backendGateError(error), 'review');
    }
  }

  #onServerReply(reply: StatusReply, inquiryId: string | undefined): void {
    if (reply.attemptsRemaining !== undefined) this.#serverAttemptsRemaining = reply.attemptsRemaining;
    switch (reply.status) {
      case 'approved':
        this.#verify(inquiryId ? { inquiryId, confirmedBy: 'server' } : { confirmedBy: 'server' }, {
          type: 'status',
          status: 'approved',
        });
        return;
      case 'pending':
        if (this.#move({ type: 'status', status: 'pending' })) void this.#awaitReview();
        return;
      case 'unverified':
        this.#move({ type: 'status', status: 'unverified' });
        return;
      case 'declined':
        this.declineReason = reply.reason;
        this.#failures += 1;
        if (this.#move({ type: 'status', status: 'declined' })) this.#announceDecline(inquiryId ?? '');
        return;
      case 'blocked':
        this.blockReason = reply.reason ?? 'policy';
        if (this.#move({ type: 'status', status: 'blocked' })) {
          this.#host.dispatchEvent(new IdvBlockedEvent({ reason: this.blockReason }));
        }
        return;
    }
  }

  async #openFlow(): Promise<void> {
    if (!this.#move({ type: 'start' })) return;
    this.error = undefined;
    const generation = ++this.#flowGeneration;
    const host = this.#host;
    const resumePoint = this.#resumePoint;
    host.dispatchEvent(
      new IdvStartEvent({ attempt: this.#failures + 1, inquiryId: resumePoint?.inquiryId ?? host.inquiryId }),
    );
    // The person cancelled, or the element was removed, while this attempt was on its way.
    const isCurrent = () => generation === this.#flowGeneration && this.state === 'loading';

    let launched: LaunchResult;
    try {
      const { launchFlow } = await import('../flow/launch-flow.js');
      launched = await launchFlow({
        options: {
          mode: host.mode,
          templateId: host.templateId,
          templateVersionId: host.templateVersionId,
          inquiryId: host.inquiryId,
          sessionToken: host.sessionToken,
          environmentId: host.environmentId,
          referenceId: host.referenceId,
          fields: host.fields,
          language: host.language || host.flowLanguage,
          host: host.personaHost,
          loadTimeout: host.flowTimeout,
          title: host.translation?.flowTitle,
        },
        resumePoint,
        session: host.sessionUrl
          ? { url: host.sessionUrl, scope: host.scope, referenceId: host.referenceId, init: host.requestInit }
          : undefined,
        cameraOptional: this.#cameraOptional,
        signal: this.#connection.signal,
        isCurrent,
        onSignal: (flowSignal) => {
          if (generation === this.#flowGeneration) this.#onSignal(flowSignal);
        },
      });
    } catch (error) {
      // The flow's own code could not be downloaded (offline, blocked).
      launched = { status: 'failed', error: gateError('sdk_load_failed', describe(error)) };
    }

    if (!isCurrent()) {
      if (launched.status === 'open') launched.flow.destroy();
      return;
    }
    if (launched.status === 'failed') {
      this.#fail(launched.error, 'flow');
    } else if (launched.status === 'open') {
      this.flow = launched.flow;
      this.#flowInquiryId = launched.resumePoint?.inquiryId ?? host.inquiryId;
      // A server-created inquiry is resumed, not recreated, if the flow is interrupted.
      if (launched.resumePoint) this.#resumePoint = launched.resumePoint;
      host.requestUpdate();
    }
  }

  #onSignal(signal: FlowSignal): void {
    const host = this.#host;
    switch (signal.type) {
      case 'event':
        host.dispatchEvent(new IdvPersonaEventEvent({ name: signal.name, metadata: signal.metadata }));
        return;
      case 'ready':
        host.dispatchEvent(new IdvReadyEvent({}));
        if (this.#move({ type: 'flow-ready' })) this.flow?.open();
        return;
      case 'start':
        this.#flowInquiryId = signal.inquiryId ?? this.#flowInquiryId;
        return;
      case 'complete':
        this.#endFlow();
        host.dispatchEvent(new IdvCompleteEvent({ inquiryId: signal.inquiryId, status: signal.status }));
        if (host.statusUrl) {
          this.#review(signal.inquiryId, { type: 'flow-complete' });
        } else {
          this.#resumePoint = undefined;
          this.#verify({ inquiryId: signal.inquiryId, confirmedBy: 'client' }, { type: 'flow-complete' });
        }
        return;
      case 'fail':
        this.#endFlow();
        this.#resumePoint = undefined;
        if (host.statusUrl) {
          // The server knows why it failed and how many attempts are left.
          this.#review(signal.inquiryId, { type: 'flow-fail' });
          return;
        }
        this.#failures += 1;
        this.declineReason = undefined;
        if (this.#move({ type: 'flow-fail' })) this.#announceDecline(signal.inquiryId);
        return;
      case 'exit': {
        const inquiryId = signal.inquiryId ?? this.#flowInquiryId;
        this.#endFlow();
        if (!this.#move({ type: 'flow-exit' })) return;
        if (inquiryId) {
          const token = signal.sessionToken ?? this.#resumePoint?.sessionToken;
          this.#resumePoint = { inquiryId, sessionToken: token };
        }
        host.dispatchEvent(new IdvCancelEvent(inquiryId ? { inquiryId } : {}));
        return;
      }
      case 'error':
        this.#endFlow();
        this.#fail(gateError(personaErrorCode(signal.code), signal.message), 'flow');
        return;
      case 'camera-failed':
        this.#endFlow();
        this.#fail(gateError('camera_unavailable', 'Persona could not start the camera.'), 'flow');
        return;
      case 'timeout':
        this.#endFlow();
        this.#fail(gateError('flow_timeout', `The verification flow did not load within ${host.flowTimeout} ms.`), 'flow');
        return;
    }
  }

  /** After the flow, with a server: wait for its decision about this inquiry. */
  #review(inquiryId: string, event: GateEvent): void {
    this.#reviewInquiryId = inquiryId || this.#flowInquiryId;
    if (this.#move(event)) void this.#awaitReview();
  }

  #announceDecline(inquiryId: string): void {
    const { attemptsRemaining } = this;
    this.#host.dispatchEvent(
      new IdvDeclinedEvent({
        inquiryId,
        attempt: this.#failures,
        attemptsRemaining,
        ...(this.declineReason !== undefined && { reason: this.declineReason }),
      }),
    );
    if (this.state === 'exhausted') this.#host.dispatchEvent(new IdvExhaustedEvent({ attempts: this.#failures }));
  }

  #verify(detail: IdvVerifiedDetail, event: GateEvent): void {
    this.#endFlow();
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

  #fail(error: GateError, interrupted: 'check' | 'review' | 'flow'): void {
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

  /** Destroys the open flow, if any, and drops anything it still had in flight. */
  #endFlow(): void {
    this.#flowGeneration += 1;
    this.flow?.destroy();
    this.flow = undefined;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
