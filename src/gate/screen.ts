import { html, nothing, type TemplateResult } from 'lit';

export interface ScreenAction {
  readonly label: string;
  readonly onClick: () => void;
  readonly kind?: 'primary' | 'secondary';
}

export interface ScreenLink {
  readonly label: string;
  readonly href: string;
}

/** The frame every state's screen shares: a focusable heading, body, actions. */
export function screen(options: {
  name: string;
  heading: string;
  body?: TemplateResult | string | typeof nothing;
  actions?: readonly ScreenAction[];
  link?: ScreenLink | undefined;
  busy?: boolean;
}): TemplateResult {
  const { name, heading, body = nothing, actions = [], link, busy = false } = options;
  return html`
    <section part="screen screen-${name}" class="screen" aria-labelledby="heading" aria-busy=${busy ? 'true' : 'false'}>
      <h2 id="heading" part="heading" tabindex="-1">${heading}</h2>
      ${busy ? html`<div class="spinner" part="spinner" aria-hidden="true"></div>` : nothing}
      <div part="body" class="body">${body}</div>
      ${actions.length || link
        ? html`<div part="actions" class="actions">
            ${actions.map(
              (action) =>
                html`<button
                  type="button"
                  part="button button-${action.kind ?? 'primary'}"
                  class=${action.kind ?? 'primary'}
                  @click=${action.onClick}
                >
                  ${action.label}
                </button>`,
            )}
            ${link
              ? html`<a part="link" href=${link.href} target="_blank" rel="noopener noreferrer">${link.label}</a>`
              : nothing}
          </div>`
        : nothing}
    </section>
  `;
}
