import type { FlowSignal } from '../persona/flow-signal.js';
import type { PersonaFlow } from '../persona/persona-flow.js';
import type { LaunchResult } from './launch-flow.js';

/**
 * Milliseconds a flow prepared on the person's intent waits for their click
 * before it is destroyed; every new sign of intent starts the wait again.
 * Long enough to read the briefing after pointing at Start, short enough that
 * a person who walked away does not keep a Persona session open.
 */
export const intentLapseMs = 30_000;

/** Signals after which a hidden flow is of no use: the click opens a new one instead. */
const spoiling = new Set<FlowSignal['type']>(['complete', 'fail', 'exit', 'error', 'camera-failed', 'timeout']);

type Launch = (isCurrent: () => boolean, onSignal: (signal: FlowSignal) => void) => Promise<LaunchResult>;

/**
 * A flow opened hidden on the person's intent, waiting for their click. What
 * Persona says meanwhile (load, ready, start) is kept and replayed to whoever
 * claims the flow, so the gate hears the same story as without prewarming.
 */
export class PrewarmedFlow {
  /** What the flow was opened for (a new inquiry, or the one to resume): a click for another takes a new flow. */
  readonly key: string;
  readonly launched: Promise<LaunchResult>;
  /** The flow, once opened. */
  flow: PersonaFlow | undefined;
  readonly #onLapse: () => void;
  #kept: FlowSignal[] = [];
  #deliver: ((signal: FlowSignal) => void) | undefined;
  #lapse: ReturnType<typeof setTimeout> | undefined;
  #dropped = false;

  /** @param onLapse the wait is over or the flow spoiled: its owner drops it. */
  constructor(key: string, launch: Launch, onLapse: () => void) {
    this.key = key;
    this.#onLapse = onLapse;
    this.launched = launch(
      () => !this.#dropped,
      (signal) => this.#receive(signal),
    ).then((launched) => {
      if (launched.status === 'open') this.flow = launched.flow;
      return launched;
    });
    this.renew();
  }

  /** The person still shows intent: the wait starts again. */
  renew(): void {
    clearTimeout(this.#lapse);
    this.#lapse = setTimeout(this.#onLapse, intentLapseMs);
  }

  /** Taken by a click: signals go to `deliver` from now on, starting with those kept. */
  claim(deliver: (signal: FlowSignal) => void): void {
    clearTimeout(this.#lapse);
    this.#deliver = deliver;
    for (const signal of this.#kept.splice(0)) deliver(signal);
  }

  /** Destroys the flow, now or as soon as it has opened. Idempotent. */
  drop(): void {
    this.#dropped = true;
    clearTimeout(this.#lapse);
    void this.launched.then(() => this.flow?.destroy());
  }

  #receive(signal: FlowSignal): void {
    if (this.#deliver) {
      this.#deliver(signal);
      return;
    }
    // Kept even when it spoils the flow: a click already on its way to claim it must hear it.
    this.#kept.push(signal);
    if (spoiling.has(signal.type)) this.#onLapse();
  }
}
