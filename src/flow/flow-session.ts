// Everything between Start and the decision, loaded on the first Start: opening
// Persona's flow, following its signals, and waiting for the server's review.
import { backendGateError } from '../backend/backend-error.js';
import { defaultPollTiming, pollUntilDecided } from '../backend/poll-status.js';
import { fetchStatus } from '../backend/status-client.js';
import { IdvCancelEvent, IdvCompleteEvent, IdvPersonaEventEvent, IdvReadyEvent } from '../events/index.js';
import { gateError, personaErrorCode } from '../machine/errors.js';
import type { GateEvent } from '../machine/transition.js';
import type { FlowSignal } from '../persona/flow-signal.js';
import type { PersonaFlow } from '../persona/persona-flow.js';
import { localeOf } from '../i18n/locale-of.js';
import type { FlowCore } from './flow-core.js';
import { FlowDialog } from './flow-dialog.js';
import type { FlowView } from './flow-view.js';
import { isFrameShown } from './frame-shown.js';
import { launchFlow, type ResumePoint } from './launch-flow.js';

export { loadPersona } from './launch-flow.js';

export class FlowSession {
  /** The open Persona flow, if any. */
  flow: PersonaFlow | undefined;
  /** The open flow as the gate shows it: the frame inline, or the gate's modal around it. */
  view: FlowView | undefined;
  /** Where Resume (and Try again after an interruption) picks up; memory only. */
  resumePoint: ResumePoint | undefined;
  /** The person chose to continue although no camera was found. */
  cameraOptional = false;

  readonly #core: FlowCore;
  #dialog: FlowDialog | undefined;
  /** The inquiry in the open flow, known from Persona's `start` or the server. */
  #flowInquiryId: string | undefined;
  /** The inquiry the server is asked about while reviewing. */
  #reviewInquiryId: string | undefined;

  constructor(core: FlowCore) {
    this.#core = core;
  }

  /** Opens Persona's flow for the attempt `generation` (the gate is already `loading`). */
  async launch(generation: number): Promise<void> {
    const core = this.#core;
    const host = core.host;
    const launched = await launchFlow({
      options: {
        templateId: host.templateId,
        templateVersionId: host.templateVersionId,
        inquiryId: host.inquiryId,
        sessionToken: host.sessionToken,
        environmentId: host.environmentId,
        referenceId: host.referenceId,
        fields: host.fields,
        language: host.language || localeOf(host, host.locale),
        host: host.personaHost,
        loadTimeout: host.flowTimeout,
        title: host.translation?.flowTitle,
      },
      resumePoint: this.resumePoint,
      session: host.sessionUrl
        ? { url: host.sessionUrl, scope: host.scope, referenceId: host.referenceId, init: host.requestInit }
        : undefined,
      cameraOptional: this.cameraOptional,
      signal: core.signal,
      isCurrent: () => core.isCurrent(generation) && core.state === 'loading',
      onSignal: (signal) => {
        if (core.isCurrent(generation)) this.#onSignal(signal);
      },
    });
    if (!core.isCurrent(generation) || core.state !== 'loading') {
      if (launched.status === 'open') launched.flow.destroy();
      return;
    }
    if (launched.status === 'failed') {
      core.fail(launched.error, 'flow');
    } else if (launched.status === 'open') {
      this.flow = launched.flow;
      this.view = this.#present(launched.flow);
      this.#flowInquiryId = launched.resumePoint?.inquiryId ?? host.inquiryId;
      // A server-created inquiry is resumed, not recreated, if the flow is interrupted.
      if (launched.resumePoint) this.resumePoint = launched.resumePoint;
      host.requestUpdate();
    }
  }

  /** Asks Persona to close the open flow; it answers with `exit`. */
  cancel(): void {
    this.flow?.cancel();
  }

  /** The person left (or the gate was removed) before the flow finished. */
  exit(inquiryId = this.#flowInquiryId, sessionToken?: string): void {
    this.#core.endAttempt();
    if (!this.#core.move({ type: 'flow-exit' })) return;
    if (inquiryId) this.resumePoint = { inquiryId, sessionToken: sessionToken ?? this.resumePoint?.sessionToken };
    this.#core.host.dispatchEvent(new IdvCancelEvent(inquiryId ? { inquiryId } : {}));
  }

  /** Removes the open flow, if any. */
  close(): void {
    this.#dialog?.close();
    this.#dialog = undefined;
    this.flow?.destroy();
    this.flow = undefined;
    if (this.view) this.#core.host.requestUpdate();
    this.view = undefined;
  }

  /** `GET status-url?scope=S[&inquiry-id=ID]` until decided, with backoff, then a recoverable timeout. */
  async awaitReview(): Promise<void> {
    const core = this.#core;
    const { statusUrl, scope, requestInit, reviewTimeout } = core.host;
    if (!statusUrl) return;
    const reviewTiming = { ...defaultPollTiming, timeoutMs: reviewTimeout };
    const inquiryId = this.#reviewInquiryId;
    const signal = core.signal;
    try {
      const reply = await pollUntilDecided(
        (attempt) => fetchStatus(statusUrl, { scope, inquiryId }, requestInit, attempt),
        signal,
        reviewTiming,
      );
      if (core.state !== 'reviewing') return;
      if (reply === 'timeout') {
        core.fail(gateError('review_timeout', `status-url gave no decision within ${reviewTiming.timeoutMs} ms.`), 'review');
      } else {
        core.judge(reply, inquiryId);
      }
    } catch (error) {
      if (!signal.aborted) core.fail(backendGateError(error), 'review');
    }
  }

  #onSignal(signal: FlowSignal): void {
    const core = this.#core;
    const host = core.host;
    switch (signal.type) {
      case 'event':
        host.dispatchEvent(new IdvPersonaEventEvent({ name: signal.name, metadata: signal.metadata }));
        return;
      case 'ready':
        host.dispatchEvent(new IdvReadyEvent({}));
        if (core.move({ type: 'flow-ready' })) void this.#show();
        return;
      case 'start':
        this.#flowInquiryId = signal.inquiryId ?? this.#flowInquiryId;
        return;
      case 'complete':
        core.endAttempt();
        host.dispatchEvent(new IdvCompleteEvent({ inquiryId: signal.inquiryId, status: signal.status }));
        if (host.statusUrl) {
          this.#review(signal.inquiryId, { type: 'flow-complete' });
        } else {
          this.resumePoint = undefined;
          core.verify({ inquiryId: signal.inquiryId, confirmedBy: 'client' }, { type: 'flow-complete' });
        }
        return;
      case 'fail':
        core.endAttempt();
        this.resumePoint = undefined;
        // With a server, it knows why it failed and how many attempts are left.
        if (host.statusUrl) this.#review(signal.inquiryId, { type: 'flow-fail' });
        else core.decline(signal.inquiryId);
        return;
      case 'exit':
        this.exit(signal.inquiryId ?? this.#flowInquiryId, signal.sessionToken);
        return;
      case 'error':
        core.endAttempt();
        core.fail(gateError(personaErrorCode(signal.code), signal.message), 'flow');
        return;
      case 'camera-failed':
        core.endAttempt();
        core.fail(gateError('camera_unavailable', 'Persona could not start the camera.'), 'flow');
        return;
      case 'timeout':
        core.endAttempt();
        core.fail(gateError('flow_timeout', `The verification flow did not load within ${host.flowTimeout} ms.`), 'flow');
        return;
    }
  }

  /** Inline, the frame goes in the gate; modal, in the gate's dialog around it. */
  #present(flow: PersonaFlow): FlowView {
    const host = this.#core.host;
    if (host.mode !== 'modal') return { element: flow.frame, modal: false };
    const t = host.translation;
    this.#dialog = new FlowDialog(
      flow.frame,
      { title: t?.flowTitle ?? flow.frame.title, close: t?.cancelButton ?? 'Cancel' },
      {
        leave: () => this.cancel(),
        // Nothing on screen any more: the person left now, whether or not Persona answers.
        closedByBrowser: () => {
          this.cancel();
          this.exit();
        },
      },
    );
    return { element: this.#dialog.element, modal: true };
  }

  /**
   * Shows the flow once Persona is ready, and makes sure a person can see it:
   * a frame that is hidden or has no room is an error, not an open flow.
   */
  async #show(): Promise<void> {
    const core = this.#core;
    const flow = this.flow;
    if (!flow) return;
    const opened = this.#dialog?.show() ?? true;
    await core.host.updateComplete; // inline: the render unhides the frame
    if (this.flow !== flow || core.state !== 'in-progress') return;
    if (opened && isFrameShown(flow.frame)) return;
    core.endAttempt();
    core.fail(gateError('flow_timeout', 'The verification flow could not be shown: its frame is hidden or has no room.'), 'flow');
  }

  /** After the flow, with a server: wait for its decision about this inquiry. */
  #review(inquiryId: string, event: GateEvent): void {
    this.#reviewInquiryId = inquiryId || this.#flowInquiryId;
    if (this.#core.move(event)) void this.awaitReview();
  }
}
