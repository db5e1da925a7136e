// A block of highlighted code with a Copy button: the cards' markup, the shared
// theme CSS, the theme editor's output. `collapsible` puts the code in a
// <details> that starts closed; Copy opens it, so what was copied is in view.
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { copyText } from './copy-button.js';
import { highlight, type CodeLanguage } from './highlight.js';

export interface CodeBlock {
  /** Id of the <pre>; `${id}-label` names it. */
  readonly id: string;
  readonly label: string;
  readonly code: string;
  readonly language: CodeLanguage;
  readonly copyLabel: string;
  readonly collapsible?: boolean;
  /** Extra ids the <pre> is named by (the card's title). */
  readonly describedBy?: string;
}

export function codeBlock(block: CodeBlock) {
  const pre = html`<pre id=${block.id} tabindex="0" aria-labelledby="${block.id}-label ${block.describedBy ?? ''}"><code
      class="hljs language-${block.language}"
    >${unsafeHTML(highlight(block.code, block.language))}</code></pre>`;
  const copy = (event: Event) => {
    const markup = (event.currentTarget as HTMLElement).closest('.markup')!;
    const details = markup.querySelector('details');
    if (details) details.open = true;
    void copyText(markup.querySelector('pre')!, markup.querySelector<HTMLElement>('.copy-status')!);
  };
  const bar = html`<span class="copy-status" role="status"></span>
    <button type="button" class="secondary" aria-describedby=${block.describedBy ?? nothing} @click=${copy}>
      ${block.copyLabel}
    </button>`;
  return block.collapsible
    ? html`<div class="markup collapsible">
        <div class="markup-bar">${bar}</div>
        <details>
          <summary><span class="markup-label" id="${block.id}-label">${block.label}</span></summary>
          ${pre}
        </details>
      </div>`
    : html`<div class="markup">
        <div class="markup-bar"><span class="markup-label" id="${block.id}-label">${block.label}</span>${bar}</div>
        ${pre}
      </div>`;
}
