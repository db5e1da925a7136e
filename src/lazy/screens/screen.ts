import { html, nothing, type TemplateResult } from 'lit-html';
import { icons } from './icons.js';
import type { ScreenLook } from './tones.js';

export interface ScreenAction {
  readonly label: string;
  readonly onClick: () => void;
  readonly kind?: 'primary' | 'secondary';
  /** The person is about to press it (pointer over it, focus, touch): prepare what it does. */
  readonly intent?: (() => void) | undefined;
}

export interface ScreenLink {
  readonly label: string;
  readonly href: string;
}

/**
 * The frame every state's screen shares: its tone's icon beside a focusable
 * heading, then body and actions. A busy screen's icon is the spinner.
 */
export function screen(options: {
  name: string;
  look: ScreenLook;
  heading: string;
  body?: TemplateResult | string | typeof nothing;
  actions?: readonly ScreenAction[];
  link?: ScreenLink | undefined;
  busy?: boolean;
}): TemplateResult {
  const { name, look, heading, body = nothing, actions = [], link, busy = false } = options;
  return html`
    <section
      part="screen screen-${name} tone-${look.tone}"
      class="screen"
      data-tone=${look.tone}
      aria-labelledby="heading"
      aria-busy=${busy ? 'true' : 'false'}
    >
      <div class="title">
        ${titleIcon(look)}
        <h2 id="heading" part="heading" tabindex="-1">${heading}</h2>
      </div>
      <div part="body" class="body">${body}</div>
      ${actions.length || link
        ? html`<div part="actions" class="actions">
            ${actions.map((action) => {
              // Passive: listening to touches must never delay scrolling.
              const intent = action.intent && { handleEvent: action.intent, passive: true };
              return html`<button
                  type="button"
                  part="button button-${action.kind ?? 'primary'}"
                  class=${action.kind ?? 'primary'}
                  @click=${action.onClick}
                  @pointerenter=${intent}
                  @focus=${intent}
                  @touchstart=${intent}
                >
                  ${action.label}
                </button>`;
            })}
            ${link
              ? html`<a part="link" href=${link.href} target="_blank" rel="noopener noreferrer">${link.label}</a>`
              : nothing}
          </div>`
        : nothing}
    </section>
  `;
}

/** The badge before the heading: the state's icon, or the spinner while busy. Hidden from assistive tech. */
export function titleIcon(look: ScreenLook): TemplateResult {
  return html`<span part="icon" class="icon" aria-hidden="true"
    >${look.icon ? icons[look.icon] : html`<span class="spinner" part="spinner"></span>`}</span
  >`;
}
