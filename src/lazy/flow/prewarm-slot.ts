import type { ReactiveController } from '@lit/reactive-element';
import type { GateHost } from '../../eager/controller/gate-host.js';
import type { FlowSignal } from '../persona/flow-signal.js';
import type { PersonaFlow } from '../persona/persona-flow.js';
import { openFlow, prelaunchCheck, type LaunchRequest, type ResumePoint } from './launch-flow.js';
import { flowConfigKey } from './launch-request.js';
import { PrewarmedFlow } from './prewarmed-flow.js';

/** What the slot needs from its session. */
export interface PrewarmHooks {
  /** The launch request for a flow from `resumePoint` (a new inquiry when undefined), as configured now. */
  readonly request: (resumePoint: ResumePoint | undefined, isCurrent: () => boolean, onSignal: (signal: FlowSignal) => void) => LaunchRequest;
  /** Puts the opened flow in the gate, hidden. */
  readonly place: (flow: PersonaFlow) => void;
  /** The prepared flow was dropped: whatever the gate holds of it goes. */
  readonly dropped: () => void;
}

/**
 * A gate's one flow prepared on the person's intent, from the intent to the
 * click that claims it. The frame's request goes out at once: the pre-launch
 * checks run beside it (their answer is usually already kept for the page),
 * and a failed check drops the flow before anyone sees it.
 */
export class PrewarmSlot {
  readonly #host: GateHost;
  readonly #hooks: PrewarmHooks;
  #prewarmed: PrewarmedFlow | undefined;
  /** Drops that flow when its gate leaves the page or changes its configuration. */
  #watch: ReactiveController | undefined;

  constructor(host: GateHost, hooks: PrewarmHooks) {
    this.#host = host;
    this.#hooks = hooks;
  }

  get holding(): boolean {
    return this.#prewarmed !== undefined;
  }

  /** Opens the flow from `resumePoint` as a click would, hidden. One at a time; one for another start replaces it. */
  prepare(resumePoint: ResumePoint | undefined, cameraOptional: boolean): void {
    const host = this.#host;
    const config = flowConfigKey(host);
    const key = keyOf(resumePoint, config);
    if (this.#prewarmed?.key === key) {
      this.#prewarmed.renew();
      return;
    }
    this.drop();
    const drop = () => {
      if (this.#prewarmed === prewarmed) this.drop();
    };
    const prewarmed: PrewarmedFlow = new PrewarmedFlow(
      key,
      (isCurrent, onSignal) => openFlow(this.#hooks.request(resumePoint, isCurrent, onSignal)),
      drop,
    );
    this.#prewarmed = prewarmed;
    // A browser that cannot run the flow (no camera, offline…) gets no hidden flow: the click shows why.
    prelaunchCheck({ cameraOptional }).then((problem) => problem && drop(), () => undefined);
    // It follows its gate: gone when the gate leaves the page or its configuration changes.
    this.#watch = { hostUpdate: () => flowConfigKey(host) !== config && drop(), hostDisconnected: drop };
    host.addController(this.#watch);
    void prewarmed.launched.then((launched) => {
      if (this.#prewarmed !== prewarmed) return; // claimed by a click, or dropped
      // Placed in the gate at once, hidden: a frame loads only in the page, and moving it would reload it.
      if (launched.status === 'open') this.#hooks.place(launched.flow);
      else this.drop(); // the click tries again and shows what failed
    });
  }

  /** The prepared flow if it is the one a click from `resumePoint` opens (it is the slot's no more); any other is dropped. */
  claim(resumePoint: ResumePoint | undefined): PrewarmedFlow | undefined {
    if (this.#prewarmed?.key !== keyOf(resumePoint, flowConfigKey(this.#host))) {
      this.drop();
      return undefined;
    }
    return this.#take();
  }

  /** Destroys the prepared flow, if any (the intent lapsed, the gate left, its configuration changed, a check failed). */
  drop(): void {
    const prewarmed = this.#take();
    if (!prewarmed) return;
    prewarmed.drop();
    this.#hooks.dropped();
  }

  #take(): PrewarmedFlow | undefined {
    const prewarmed = this.#prewarmed;
    this.#prewarmed = undefined;
    if (this.#watch) this.#host.removeController(this.#watch);
    this.#watch = undefined;
    return prewarmed;
  }
}

/** Which flow a start opens: the inquiry it resumes (else a new one), with the configuration it opens with. */
function keyOf(resumePoint: ResumePoint | undefined, config: string): string {
  return `${resumePoint?.inquiryId ?? 'new'} ${config}`;
}
