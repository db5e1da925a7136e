import type { ReactiveControllerHost } from '@lit/reactive-element';
import type { GateState } from '../machine/states.js';

/** What the mirror reads from its gate. */
interface MirroredGate extends ReactiveControllerHost, HTMLElement {
  readonly state: GateState;
  readonly verified: boolean;
}

/**
 * Shows a gate's state where the page and assistive technology look for it: the
 * `state` and `verified` attributes and `:state()` after every render; on a change of
 * state, `follow` (the screens' announcement and focus, once they have loaded).
 */
export function mirrorState(gate: MirroredGate, internals: ElementInternals, follow: (previous: GateState, state: GateState) => void): void {
  let shown: GateState | undefined;
  gate.addController({
    hostUpdated() {
      const { state } = gate;
      gate.setAttribute('state', state);
      gate.toggleAttribute('verified', gate.verified);
      internals.states.clear();
      internals.states.add(state);
      const previous = shown;
      shown = state;
      if (previous && previous !== state) follow(previous, state);
    },
  });
}
