// The state gallery: one card per state, each a gate in `preview-state` with
// the host's sample words, in the chosen locale, theme, mode and frame width,
// and the markup that produces it; the theme's CSS once above them all.
import { html, nothing, render } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { GateStates, type GateState, type IdVerificationGate } from '../../src/index.js';
import { codeBlock } from '../shared/code-block.js';
import { cardAttributeNames, cardAttributes, cardMarkup, themeCss } from './card-markup.js';
import { hostTextFor, stateNote } from './sample-content.js';
import { chooseDetail, chosenDetail, sampleDetails } from './sample-details.js';
import type { GallerySettings } from './settings.js';
import { themeNames, themeRule } from './themes.js';

/** Applies each theme to the gates in frames of that theme, from the same rules the markup shows. */
export function installThemeStyles(): void {
  const style = document.createElement('style');
  style.id = 'gallery-themes';
  style.textContent = themeNames
    .map((name) => themeRule(name, `.frame[data-theme='${name}'] id-verification-gate`))
    .filter(Boolean)
    .join('\n');
  document.head.append(style);
}

/** Renders the cards; resolves once every gate shows its screen (not a spinner). */
export async function renderGallery(container: HTMLElement, themeSnippet: HTMLElement, settings: GallerySettings): Promise<void> {
  container.dataset['viewport'] = settings.viewport;
  const rerender = () => void renderGallery(container, themeSnippet, settings);
  render(GateStates.map((state) => card(state, settings, rerender)), container);
  render(
    codeBlock({ id: 'theme-css', label: 'Theme CSS, shared by every card', code: themeCss(settings.theme), language: 'css', copyLabel: 'Copy CSS' }),
    themeSnippet,
  );
  await Promise.all([...container.querySelectorAll<IdVerificationGate>('id-verification-gate')].map((gate) => gate.updateComplete));
}

function card(state: GateState, settings: GallerySettings, rerender: () => void) {
  const id = `card-${state}`;
  return html`
    <article class="card" id=${id} data-state=${state} aria-labelledby="${id}-title">
      <header class="card-header">
        <h3 id="${id}-title"><code>${state}</code></h3>
        <p class="card-note">${stateNote(state, settings.mode)}</p>
        ${detailPicker(state, id, rerender)}
      </header>
      ${previewFrame(state, settings)}
      ${codeBlock({
        id: `${id}-markup`,
        label: 'Markup',
        code: cardMarkup(state, settings),
        language: 'xml',
        copyLabel: 'Copy markup',
        collapsible: true,
        describedBy: `${id}-title`,
      })}
    </article>
  `;
}

/** A host page's frame with one previewed gate; also used by the compare view. */
export function previewFrame(state: GateState, settings: Pick<GallerySettings, 'locale' | 'theme' | 'mode'>) {
  const text = hostTextFor(settings.locale);
  // The host's words carry their own language where the sample page has none in the gate's.
  const hostLang = text.lang === settings.locale ? nothing : text.lang;
  // English in a right-to-left gate keeps its own direction (its full stop stays at its end).
  const hostDir = text.lang === settings.locale ? nothing : 'auto';
  return html`<div class="frame" data-theme=${settings.theme} lang=${settings.locale}>
    <id-verification-gate ${ref((gate) => gate && syncAttributes(gate, cardAttributes(state, settings)))}>
      <p slot="reason" lang=${hostLang} dir=${hostDir}>${text.reason}</p>
      ${state === 'locked'
        ? html`<ul slot="privacy" lang=${hostLang} dir=${hostDir}>${text.privacy.map((item) => html`<li>${item}</li>`)}</ul>`
        : nothing}
      <section class="unlocked" lang=${hostLang} dir=${hostDir}>
        <h3>${text.unlockedHeading}</h3>
        <p>${text.unlockedBody}</p>
      </section>
    </id-verification-gate>
  </div>`;
}

/** For states that depend on a reason or an error: which one the card shows. */
function detailPicker(state: GateState, id: string, rerender: () => void) {
  const details = sampleDetails[state];
  if (!details) return nothing;
  const choose = (event: Event) => {
    chooseDetail(state, (event.target as HTMLSelectElement).value);
    rerender();
  };
  return html`<label class="card-detail" for="${id}-detail">
    Sample
    <select id="${id}-detail" @change=${choose}>
      ${details.map((detail) => html`<option value=${detail} ?selected=${detail === (chosenDetail(state) ?? details[0])}>${detail}</option>`)}
    </select>
  </label>`;
}

/** Sets the card's attributes on its gate and removes the ones it no longer has (mode back to modal). */
function syncAttributes(gate: Element, attributes: ReadonlyMap<string, string>): void {
  for (const name of cardAttributeNames) {
    const value = attributes.get(name);
    if (value === undefined) gate.removeAttribute(name);
    else if (gate.getAttribute(name) !== value) gate.setAttribute(name, value);
  }
}
