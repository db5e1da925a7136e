// Everything between Start and the decision, loaded on the first Start or when
// the flow is first prepared ahead of it (prewarm): opening Persona's flow,
// following its signals, and waiting for the server's review.
import type { ReactiveController } from 'lit';
import { backendGateError } from '../../eager/backend/backend-error.js';
import { defaultPollTiming, pollUntilDecided } from '../../eager/backend/poll-status.js';
import { fetchStatus } from '../../eager/backend/status-client.js';
import { IdvCancelEvent, IdvCompleteEvent, IdvPersonaEventEvent, IdvReadyEvent } from '../../eager/events/index.js';
import { gateError, personaErrorCode } from '../../eager/machine/errors.js';
import type { GateState } from '../../eager/machine/states.js';
import type { GateEvent } from '../../eager/machine/transition.js';
import type { FlowSignal } from '../persona/flow-signal.js';
import type { PersonaFlow } from '../persona/persona-flow.js';
import type { FlowCore, PrewarmIntent } from '../../eager/controller/flow-core.js';
import { FlowDialog } from './flow-dialog.js';
import type { FlowView } from '../../eager/controller/flow-view.js';
import { isFrameShown } from './frame-shown.js';
import { launchFlow, loadPersona, type LaunchRequest, type LaunchResult, type ResumePoint } from './launch-flow.js';
import { flowConfigKey, launchRequest } from './launch-request.js';
import { PrewarmedFlow } from './prewarmed-flow.js';
import { warmPersona } from '../persona/warm-persona.js';

/** States whose next step is the flow: where preparing it ahead makes sense. */
const flowNext = new Set<GateState>(['locked', 'retry', 'cancelled']);

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
  /** The flow opened hidden on the person's intent, until a click claims it. */
  #prewarmed: PrewarmedFlow | undefined;
  /** Drops that flow when its gate leaves the page or changes its configuration. */
  #prewarmWatch: ReactiveController | undefined;
  /** The inquiry in the open flow, known from Persona's `start` or the server. */
  #flowInquiryId: string | undefined;
  /** The inquiry the server is asked about while reviewing. */
  #reviewInquiryId: string | undefined;

  constructor(core: FlowCore) {
    this.#core = core;
  }

  /** Opens Persona's flow for the attempt `generation` (the gate is already `loading`): the prewarmed one if it fits. */
  async launch(generation: number): Promise<void> {
    const core = this.#core;
    const isCurrent = () => core.isCurrent(generation) && core.state === 'loading';
    const onSignal = (signal: FlowSignal) => {
      if (core.isCurrent(generation)) this.#onSignal(signal);
    };
    const prewarmed = this.#claimPrewarm();
    const request = (resumePoint: ResumePoint | undefined) => this.#request(resumePoint, isCurrent, onSignal);
    const launched = prewarmed
      ? await this.#adopt(prewarmed, () => launchFlow(request(this.resumePoint)))
      : await launchFlow(request(this.resumePoint));
    if (!isCurrent()) {
      if (launched.status === 'open') this.#discard(launched.flow);
      return;
    }
    if (launched.status === 'failed') {
      core.fail(launched.error, 'flow');
    } else if (launched.status === 'open') {
      this.#place(launched.flow);
      launched.flow.activate();
      this.#flowInquiryId = launched.resumePoint?.inquiryId ?? core.host.inquiryId;
      // A server-created inquiry is resumed, not recreated, if the flow is interrupted.
      if (launched.resumePoint) this.resumePoint = launched.resumePoint;
      // What the hidden flow said before the click (ready, start) now reaches the gate.
      if (prewarmed?.flow === launched.flow) prewarmed.claim(onSignal);
    }
  }

  /**
   * Prepares what comes next, as far as the gate's `prewarm` allows. The gate
   * was seen (no intent): Persona's code and assets load. The person is about
   * to start a `new` flow or `resume` one (or the host called `preload()`): with
   * `intent`, that flow also opens hidden in the gate, so the click only shows
   * it. `none` loads nothing before the click, except for `preload()` (the SDK,
   * as it always did). Never rejects.
   */
  async prewarm(intent?: PrewarmIntent): Promise<void> {
    const { host, state } = this.#core;
    const tier = host.prewarm;
    if (tier === 'none' && intent !== 'preload') return;
    if (intent && tier !== 'none' && tier !== 'assets' && flowNext.has(state) && host.isConnected) {
      this.#prewarmFlow(intent !== 'preload' ? intent : state === 'cancelled' && this.resumePoint ? 'resume' : 'new');
    }
    await this.#warm(tier !== 'none');
  }

  /** Opens the flow `how` the click would, hidden in the gate. One at a time; one for another start replaces it. */
  #prewarmFlow(how: 'new' | 'resume'): void {
    const host = this.#core.host;
    const resumePoint = how === 'new' ? undefined : this.resumePoint;
    const config = flowConfigKey(host);
    const key = keyOf(resumePoint, config);
    if (this.#prewarmed?.key === key) {
      this.#prewarmed.renew();
      return;
    }
    this.dropPrewarm();
    const drop = () => {
      if (this.#prewarmed === prewarmed) this.dropPrewarm();
    };
    const prewarmed: PrewarmedFlow = new PrewarmedFlow(
      key,
      (isCurrent, onSignal) => launchFlow(this.#request(resumePoint, isCurrent, onSignal)),
      drop,
    );
    this.#prewarmed = prewarmed;
    // It follows its gate: gone when the gate leaves the page or its configuration changes.
    this.#prewarmWatch = { hostUpdate: () => flowConfigKey(host) !== config && drop(), hostDisconnected: drop };
    host.addController(this.#prewarmWatch);
    void prewarmed.launched.then((launched) => {
      if (this.#prewarmed !== prewarmed) return; // claimed by a click, or dropped
      // Placed in the gate at once, hidden: a frame loads only in the page, and moving it would reload it.
      if (launched.status === 'open') this.#place(launched.flow);
      else this.dropPrewarm(); // the click tries again and shows what failed
    });
  }

  /** Destroys the flow prepared on intent, if any (the intent lapsed, the gate left, its configuration changed). */
  dropPrewarm(): void {
    const prewarmed = this.#takePrewarm();
    if (!prewarmed) return;
    prewarmed.drop();
    // While a flow waits hidden, no other is open: the gate's flow is the prewarmed one.
    if (this.flow) this.close();
  }

  /** Loads the Persona SDK and, with `assets`, warms the browser for its flow (preconnect, Persona's preload). Never rejects. */
  async #warm(assets: boolean): Promise<void> {
    try {
      const sdk = await loadPersona();
      if (assets) warmPersona(sdk, this.#core.host.personaHost);
    } catch {
      // Start reports the failure where a person can act on it.
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

  /** Removes the open flow (and one prepared on intent), if any. */
  close(): void {
    if (this.#prewarmed) {
      this.dropPrewarm();
      return;
    }
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

  /** What `launchFlow` needs to open a flow from `resumePoint` (or a new inquiry) now. */
  #request(resumePoint: ResumePoint | undefined, isCurrent: () => boolean, onSignal: (signal: FlowSignal) => void): LaunchRequest {
    return launchRequest(this.#core, { resumePoint, cameraOptional: this.cameraOptional, isCurrent, onSignal });
  }

  /** The prewarmed flow if it is the one this click starts; any other is dropped. */
  #claimPrewarm(): PrewarmedFlow | undefined {
    if (this.#prewarmed?.key !== keyOf(this.resumePoint, flowConfigKey(this.#core.host))) {
      this.dropPrewarm();
      return undefined;
    }
    return this.#takePrewarm();
  }

  /** The prepared flow, no longer the session's to watch or drop. */
  #takePrewarm(): PrewarmedFlow | undefined {
    const prewarmed = this.#prewarmed;
    this.#prewarmed = undefined;
    if (this.#prewarmWatch) this.#core.host.removeController(this.#prewarmWatch);
    this.#prewarmWatch = undefined;
    return prewarmed;
  }

  /** The prewarmed flow once it has opened; if it failed, a new attempt, so the person sees what is wrong now. */
  async #adopt(prewarmed: PrewarmedFlow, launch: () => Promise<LaunchResult>): Promise<LaunchResult> {
    const launched = await prewarmed.launched;
    return launched.status === 'open' ? launched : launch();
  }

  /** Puts the flow in the gate (hidden until it is ready and the gate is in progress). */
  #place(flow: PersonaFlow): void {
    if (this.flow === flow) return;
    this.flow = flow;
    this.view = this.#present(flow);
    this.#core.host.requestUpdate();
  }

  /** Removes a flow no attempt wants any more, wherever it is. */
  #discard(flow: PersonaFlow): void {
    if (this.flow === flow) this.close();
    else flow.destroy();
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

/** Which flow a start opens: the inquiry it resumes (else a new one), with the configuration it opens with. */
function keyOf(resumePoint: ResumePoint | undefined, config: string): string {
  return `${resumePoint?.inquiryId ?? 'new'} ${config}`;
}
