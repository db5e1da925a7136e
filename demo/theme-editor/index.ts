// Wires the theme editor section of demo/index.html: the token controls, the
// CSS they make, and every state beside them.
import { html, render } from 'lit';
import { GateStates } from '../../src/index.js';
import { previewFrame } from '../gallery/gallery.js';
import type { GallerySettings } from '../gallery/settings.js';
import { byId } from '../shared/dom.js';
import { startThemeEditor } from './editor.js';

/** Starts the editor; the returned function follows new gallery settings (theme, locale, mode). */
export function startEditor(gallery: GallerySettings): (settings: GallerySettings) => void {
  const rule = document.createElement('style');
  rule.id = 'theme-editor-rule';
  document.head.append(rule);
  const states = byId('theme-editor-states');
  const renderStates = (settings: GallerySettings) =>
    render(
      GateStates.map(
        (state) => html`<figure class="editor-state" data-state=${state}>
          <figcaption><code>${state}</code></figcaption>
          ${previewFrame(state, settings)}
        </figure>`,
      ),
      states,
    );
  renderStates(gallery);
  // The locked card: a gate in the gallery's current theme, to read the tokens from.
  const editor = startThemeEditor(byId<HTMLFormElement>('theme-editor-form'), byId('theme-editor-output'), rule, () =>
    document.querySelector('#card-locked id-verification-gate'),
  );
  return (settings) => {
    renderStates(settings);
    editor.refresh();
  };
}
