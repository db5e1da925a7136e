import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GateState } from '../machine/states.js';

/** What the mirror reads from its gate. */
interface MirroredGate extends ReactiveControllerHost, HTMLElement {
  readonly state: GateState;
  readonly verified: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Shows a gate's state where the page and assistive technology look for it:
 * the `state` and `verified` attributes and `:state()` after every render; on a
 * change, the new heading said through the live region, and focus where the
 * person acts next.
 */
export class StateMirror implements ReactiveController {
  readonly #gate: MirroredGate;
  readonly #internals: ElementInternals;
  /** The open Persona flow, if any: focus goes into it while the gate is `in-progress`. */
  readonly #flow: () => { focus(): void } | undefined;
  #shown: GateState | undefined;

  constructor(gate: MirroredGate, internals: ElementInternals, flow: () => { focus(): void } | undefined) {
    this.#gate = gate;
    this.#internals = internals;
    this.#flow = flow;
    gate.addController(this);
  }

  hostUpdated(): void {
    const gate = this.#gate;
    const { state } = gate;
    gate.setAttribute('state', state);
    gate.toggleAttribute('verified', gate.verified);
    const states = this.#internals.states;
    states.clear();
    states.add(state);

    const previous = this.#shown;
    this.#shown = state;
    if (!previous || previous === state) return;
    const heading = gate.renderRoot.querySelector<HTMLElement>('[part~="heading"]');
    const announcer = gate.renderRoot.querySelector('#announcer');
    const words = heading?.textContent?.trim();
    if (announcer && words) announcer.textContent = words;
    // Focus moves only for changes a person caused, not the first decision on load.
    if (previous === 'checking') return;
    const flow = state === 'in-progress' ? this.#flow() : undefined;
    if (flow) flow.focus();
    else heading?.focus();
  }
}
