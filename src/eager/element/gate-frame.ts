import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../i18n/translation.js';
import type { FlowView } from '../controller/flow-view.js';
import type { GateState } from '../machine/states.js';

/** Shown only when the gate's own screens cannot be downloaded; English, as nothing else loaded. */
const unavailable = 'Identity verification could not load. Check your connection.';

/** What stands for the screen until the screens have loaded (a verified person never loads them). */
export function placeholderScreen(state: GateState, failed: boolean): TemplateResult<1> {
  // Verified before the screens were ever needed: the host's content is the screen.
  if (state === 'verified') return html`<slot></slot>`;
  if (failed) return html`<section part="screen" class="screen"><p part="body">${unavailable}</p></section>`;
  return html`<section part="screen screen-${state}" class="screen" aria-busy="true">
    <div class="spinner" part="spinner"></div>
  </section>`;
}

/** The gate around its screen: the gated content (unreachable until verified), the open flow, the live region. */
export function gateFrame(
  state: GateState,
  screen: unknown,
  t: Translation | undefined,
  flow: FlowView | undefined,
): TemplateResult<1> {
  return html`
    <div class="gate" dir=${t?.dir ?? nothing} lang=${t?.locale ?? nothing}>
      ${screen}
      ${state === 'verified'
        ? nothing
        : // Gated content must be unreachable before verification, also by script: unslotted, WebKit would let it take focus.
          html`<slot hidden inert></slot>`}
      ${flow?.modal
        ? flow.element
        : flow
          ? html`<div part="flow" class="flow" ?hidden=${state !== 'in-progress'}>${flow.element}</div>`
          : nothing}
      <div id="announcer" role="status" class="visually-hidden"></div>
    </div>
  `;
}
