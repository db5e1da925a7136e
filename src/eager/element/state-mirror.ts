import type { ReactiveControllerHost } from 'lit';
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
 * person acts next (`flow`: the open Persona flow, if any).
 */
export function mirrorState(gate: MirroredGate, internals: ElementInternals, flow: () => { focus(): void } | undefined): void {
  let shown: GateState | undefined;
  gate.addController({
    hostUpdated() {
      const { state, renderRoot } = gate;
      gate.setAttribute('state', state);
      gate.toggleAttribute('verified', gate.verified);
      internals.states.clear();
      internals.states.add(state);

      const previous = shown;
      shown = state;
      if (!previous || previous === state) return;
      const heading = renderRoot.querySelector<HTMLElement>('[part~="heading"]');
      const announcer = renderRoot.querySelector('#announcer');
      const words = heading?.textContent?.trim();
      if (announcer && words) announcer.textContent = words;
      // Focus moves only for changes a person caused, not the first decision on load.
      if (previous === 'checking') return;
      const open = state === 'in-progress' ? flow() : undefined;
      if (open) open.focus();
      else heading?.focus();
    },
  });
}
