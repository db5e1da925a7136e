// The theme editor: a control per --idv-* token; every change restyles every
// gate on the page at once (gallery and compare) and writes the CSS to copy.
// It edits on top of the gallery's theme; the CSS lists only what was changed.
import { html, render } from 'lit';
import { live } from 'lit/directives/live.js';
import { codeBlock } from '../shared/code-block.js';
import { resolveToken } from './resolve-tokens.js';
import { allTokens, tokenGroups, type Token } from './tokens.js';

export interface ThemeEditor {
  /** Reads the values of the tokens not edited from the gates (after a theme change). */
  refresh(): void;
}

/**
 * The controls go into `form`'s `.tokens`; `sample` is a gate that shows the
 * current theme, to read the values from; `rule` is the stylesheet the edits go into.
 */
export function startThemeEditor(form: HTMLFormElement, output: HTMLElement, rule: HTMLStyleElement, sample: () => Element | null): ThemeEditor {
  const controls = form.querySelector<HTMLElement>('.tokens')!;
  const edited = new Map<string, string>();
  const current = new Map<string, string>();

  const declarations = () => [...edited].map(([name, value]) => `  ${name}: ${value};`).join('\n');
  /** Stronger than the gallery's theme rules (.frame[data-theme] id-verification-gate), so edits win. */
  const applyEdits = () => {
    rule.textContent = edited.size ? `#main .frame id-verification-gate {\n${declarations()}\n}` : '';
  };
  const update = () => {
    applyEdits();
    const css = edited.size ? `id-verification-gate {\n${declarations()}\n}` : '/* Change a token above: the CSS for it appears here. */';
    render(codeBlock({ id: 'theme-editor-css', label: 'Your theme as CSS', code: css, language: 'css', copyLabel: 'Copy CSS' }), output);
    render(tokenGroups.map((group) => fieldset(group.legend, group.tokens)), controls);
  };

  const fieldset = (legend: string, tokens: readonly Token[]) =>
    html`<fieldset class="token-group">
      <legend>${legend}</legend>
      ${tokens.map(control)}
    </fieldset>`;

  const control = (token: Token) => {
    const id = `token${token.name.slice(5)}`;
    const value = current.get(token.name) ?? '';
    const change = (event: Event) => {
      const input = event.target as HTMLInputElement | HTMLSelectElement;
      const unit = token.control.kind === 'length' ? token.control.unit : '';
      current.set(token.name, input.value);
      edited.set(token.name, `${input.value}${unit}`);
      update();
    };
    const label = html`<label for=${id}>${token.label} <code>${token.name}</code></label>`;
    switch (token.control.kind) {
      case 'color':
        return html`<div class="token">
          ${label}<input id=${id} type="color" name=${token.name} .value=${live(value)} @input=${change} />
          <output for=${id}>${value}</output>
        </div>`;
      case 'length': {
        const { min, max, step, unit } = token.control;
        return html`<div class="token">
          ${label}<input id=${id} type="range" name=${token.name} min=${min} max=${max} step=${step} .value=${live(value)} @input=${change} />
          <output for=${id}>${value}${unit}</output>
        </div>`;
      }
      case 'font':
        return html`<div class="token">
          ${label}<select id=${id} name=${token.name} @change=${change}>
            ${[...new Set([value, ...token.control.options])].map((font) => html`<option ?selected=${font === value}>${font}</option>`)}
          </select>
        </div>`;
    }
  };

  const refresh = () => {
    // Read with only the current edits applied (none after a reset).
    applyEdits();
    const gate = sample();
    if (gate) for (const token of allTokens) if (!edited.has(token.name)) current.set(token.name, resolveToken(gate, token));
    update();
  };

  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    edited.clear();
    refresh();
  });
  refresh();
  return { refresh };
}
