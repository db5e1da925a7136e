// The side navigation's list of states: one link per gallery card, with a dot
// in the state's tone (the gate's own state-to-tone table), so a designer finds
// any state in one click.
import { html, render } from 'lit';
import { GateStates } from '../../src/index.js';
import { lookOf } from '../../src/lazy/screens/tones.js';

export function renderStateNav(list: HTMLElement): void {
  render(
    GateStates.map((state) => {
      const { tone } = lookOf(state, undefined);
      return html`<li>
        <a href="#card-${state}"><span class="tone-dot" data-tone=${tone} aria-hidden="true"></span><code>${state}</code></a>
      </li>`;
    }),
    list,
  );
}
