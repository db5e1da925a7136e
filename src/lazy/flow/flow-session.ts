// Everything between Start and the decision, loaded on the first Start or when
// the flow is first prepared ahead of it (prewarm): opening Persona's flow,
// following its signals, and waiting for the server's review.
import { IdvCancelEvent, IdvCompleteEvent, IdvPersonaEventEvent, IdvReadyEvent } from '../../eager/events/index.js';
import { gateError, personaErrorCode } from '../../eager/machine/errors.js';
import type { GateState } from '../../eager/machine/states.js';
import type { GateEvent } from '../../eager/machine/transition.js';
import type { FlowSignal } from '../persona/flow-signal.js';
import type { PersonaFlow } from '../persona/persona-flow.js';
import type { FlowCore, PrewarmIntent } from '../../eager/controller/flow-core.js';
import type { FlowView } from '../../eager/controller/flow-view.js';
import { awaitReview } from './await-review.js';
import { FlowStage } from './flow-stage.js';
import { askAhead } from './kept-checks.js';
import { launchFlow, loadPersona, type LaunchRequest, type ResumePoint } from './launch-flow.js';
import { launchRequest } from './launch-request.js';
import { PrewarmSlot } from './prewarm-slot.js';
import { warmPersona } from '../persona/warm-persona.js';

/** States whose next step is the flow: where preparing it ahead makes sense. */
const flowNext = new Set<GateState>(['locked', 'retry', 'cancelled']);

/**
 * One gate's flow from Start to the decision: opening Persona's flow (the one
 * prepared on intent when it fits), following its signals, and waiting for the
 * server's review. Where the flow sits in the page is its `FlowStage`'s; the
 * flow prepared ahead of the click is its `PrewarmSlot`'s.
 */
export class FlowSession {
  /** Where Resume (and Try again after an interruption) picks up; memory only. */
  resumePoint: ResumePoint | undefined;
  /** The person chose to continue although no camera was found. */
  cameraOptional = false;

  readonly #core: FlowCore;
  readonly #stage: FlowStage;
  readonly #prewarm: PrewarmSlot;
  /** The inquiry in the open flow, known from Persona's `start` or the server. */
  #flowInquiryId: string | undefined;
  /** The inquiry the server is asked about while reviewing. */
  #reviewInquiryId: string | undefined;

  constructor(core: FlowCore) {
    this.#core = core;
    this.#stage = new FlowStage(core.host, {
      leave: () => this.cancel(),
      // Nothing on screen any more: the person left now, whether or not Persona answers.
      closedByBrowser: () => {
        this.cancel();
        this.exit();
      },
    });
    this.#prewarm = new PrewarmSlot(core.host, {
      request: (resumePoint, isCurrent, onSignal) => this.#request(resumePoint, isCurrent, onSignal),
      place: (flow) => this.#stage.place(flow),
      // While a flow waits hidden, no other is open: the gate's flow is the prepared one.
      dropped: () => this.#stage.close(),
    });
  }

  /** The open Persona flow, if any. */
  get flow(): PersonaFlow | undefined {
    return this.#stage.flow;
  }

  /** The open flow as the gate shows it: the frame inline, or the gate's modal around it. */
  get view(): FlowView | undefined {
    return this.#stage.view;
  }

  /** Opens Persona's flow for the attempt `generation` (the gate is already `loading`): the prepared one if it fits. */
  async launch(generation: number): Promise<void> {
    const core = this.#core;
    const isCurrent = () => core.isCurrent(generation) && core.state === 'loading';
    const onSignal = (signal: FlowSignal) => {
      if (core.isCurrent(generation)) this.#onSignal(signal);
    };
    const prewarmed = this.#prewarm.claim(this.resumePoint);
    const launched = await launchFlow(this.#request(this.resumePoint, isCurrent, onSignal), prewarmed?.launched);
    if (launched.status !== 'open' || !isCurrent()) {
      // A flow that will not be shown goes, wherever it is: the prepared one, or one opened for a start no longer under way.
      prewarmed?.drop();
      for (const flow of [prewarmed?.flow, launched.status === 'open' ? launched.flow : undefined]) if (flow) this.#discard(flow);
    }
    if (!isCurrent()) return;
    if (launched.status === 'failed') {
      core.fail(launched.error, 'flow');
    } else if (launched.status === 'open') {
      this.#stage.place(launched.flow);
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
   * was seen (no intent): the browser checks run and their answer is kept, and
   * Persona's code and assets load. The person is about to start a `new` flow
   * or `resume` one (or the host called `preload()`): with `intent`, that flow
   * also opens hidden in the gate, so the click only shows it. `none` loads
   * nothing before the click, except for `preload()` (the SDK, as it always
   * did). Never rejects.
   */
  async prewarm(intent?: PrewarmIntent): Promise<void> {
    const { host, state } = this.#core;
    const tier = host.prewarm;
    if (tier === 'none' && intent !== 'preload') return;
    if (tier !== 'none') askAhead();
    if (intent && tier !== 'none' && tier !== 'assets' && flowNext.has(state) && host.isConnected) {
      const how = intent !== 'preload' ? intent : state === 'cancelled' && this.resumePoint ? 'resume' : 'new';
      this.#prewarm.prepare(how === 'new' ? undefined : this.resumePoint, this.cameraOptional);
    }
    await this.#warm(tier !== 'none');
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
    if (this.#prewarm.holding) this.#prewarm.drop();
    else this.#stage.close();
  }

  /** Polls `status-url` about the inquiry under review until it decides (see `awaitReview`). */
  awaitReview(): Promise<void> {
    return awaitReview(this.#core, this.#reviewInquiryId);
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

  /** Removes a flow no attempt wants any more, wherever it is. */
  #discard(flow: PersonaFlow): void {
    if (this.flow === flow) this.#stage.close();
    else flow.destroy();
  }

  /**
   * Shows the flow once Persona is ready, and makes sure a person can see it:
   * a frame that is hidden or has no room is an error, not an open flow.
   */
  async #show(): Promise<void> {
    const core = this.#core;
    if (await this.#stage.show(() => core.state === 'in-progress')) return;
    core.endAttempt();
    core.fail(gateError('flow_timeout', 'The verification flow could not be shown: its frame is hidden or has no room.'), 'flow');
  }

  /** After the flow, with a server: wait for its decision about this inquiry. */
  #review(inquiryId: string, event: GateEvent): void {
    this.#reviewInquiryId = inquiryId || this.#flowInquiryId;
    if (this.#core.move(event)) void this.awaitReview();
  }
}
