import type { Translation } from '../../i18n/translation.js';
import type { FlowView } from '../controller/flow-view.js';
import type { GateState } from '../machine/states.js';

/** Shown only when the gate's own screens cannot be downloaded; English, as nothing else loaded. */
const unavailable = 'Identity verification could not load. Check your connection.';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]) {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/**
 * The gate around its screen, drawn without a template engine so that a verified
 * person downloads none: the screen (lit-html's, once the screens load, rendered
 * before `anchor`), the gated content (unreachable until verified), the open flow,
 * and the live region.
 */
export class GateFrame {
  readonly gate = element('div', { class: 'gate' });
  /** The screens render just before it. */
  readonly anchor = document.createComment('');
  /** Gated content must be unreachable before verification, also by script: unslotted, WebKit would let it take focus. */
  readonly #hiddenSlot = element('slot', { hidden: '', inert: '' });
  readonly #inlineFlow = element('div', { part: 'flow', class: 'flow' });
  #placeholder: Element | undefined;
  /** The state (or `failed`) the placeholder shows. */
  #placeholderShown: GateState | 'failed' | undefined;
  #flow: Element | undefined;

  constructor(root: ParentNode) {
    this.gate.append(this.anchor, element('div', { id: 'announcer', role: 'status', class: 'visually-hidden' }));
    root.append(this.gate);
  }

  /** Brings the frame up to date; the screen itself is the placeholder's or the screens'. */
  draw(state: GateState, t: Translation | undefined, flow: FlowView | undefined): void {
    attribute(this.gate, 'dir', t?.dir);
    attribute(this.gate, 'lang', t?.locale);
    if (state === 'verified') this.#hiddenSlot.remove();
    else if (this.#hiddenSlot.parentNode !== this.gate) this.anchor.after(this.#hiddenSlot);
    this.#inlineFlow.hidden = state !== 'in-progress';
    // Moved only when it changes: an iframe that moves in the DOM loads again.
    const inline = flow && !flow.modal ? flow.element : undefined;
    if ((this.#inlineFlow.firstChild ?? undefined) !== inline) this.#inlineFlow.replaceChildren(...(inline ? [inline] : []));
    const shown = flow && (flow.modal ? flow.element : this.#inlineFlow);
    if (shown !== this.#flow) {
      this.#flow?.remove();
      if (shown) this.gate.lastElementChild!.before(shown);
      this.#flow = shown;
    }
  }

  /**
   * What stands for the screen until the screens have loaded (a verified person
   * never loads them); `undefined` removes it once they render.
   */
  placeholder(state: GateState | undefined, failed = false): void {
    const shown = state === undefined || state === 'verified' || !failed ? state : 'failed';
    if (shown === this.#placeholderShown) return;
    this.#placeholderShown = shown;
    this.#placeholder?.remove();
    this.#placeholder = shown && placeholderScreen(shown);
    if (this.#placeholder) this.anchor.before(this.#placeholder);
  }
}

function placeholderScreen(shown: GateState | 'failed'): Element {
  // Verified before the screens were ever needed: the host's content is the screen.
  if (shown === 'verified') return element('slot', {});
  if (shown === 'failed') return element('section', { part: 'screen', class: 'screen' }, element('p', { part: 'body' }, unavailable));
  return element('section', { part: `screen screen-${shown}`, class: 'screen', 'aria-busy': 'true' }, element('div', { class: 'spinner', part: 'spinner' }));
}

function attribute(target: Element, name: string, value: string | undefined): void {
  if (value === undefined) target.removeAttribute(name);
  else target.setAttribute(name, value);
}
