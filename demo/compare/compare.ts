// The compare view: one state side by side in every locale (in the gallery's
// theme), or in every theme (in the gallery's locale). Each frame renders its gate
// when it nears the viewport: 42 gates at once would make the page crawl.
import { html, render } from 'lit';
import { GateStates, type GateState, type IdVerificationGate } from '../../src/index.js';
import { previewFrame } from '../gallery/gallery.js';
import type { GallerySettings } from '../gallery/settings.js';
import { themeNames, themes } from '../gallery/themes.js';
import { demoLocales, localeLabel } from '../shared/locales.js';
import { readChoice, writeParams } from '../shared/query.js';

export const compareBys = ['locale', 'theme'] as const;
export type CompareBy = (typeof compareBys)[number];

export interface CompareSettings {
  readonly state: GateState;
  readonly by: CompareBy;
}

/** Kept in the URL (`?compare-state=retry&compare-by=theme`), as the gallery's settings are. */
export function compareSettingsFromUrl(): CompareSettings {
  return { state: readChoice('compare-state', GateStates, 'retry'), by: readChoice('compare-by', compareBys, 'locale') };
}

export function saveCompareSettings({ state, by }: CompareSettings): void {
  writeParams({ 'compare-state': state, 'compare-by': by });
}

/** How far below the viewport a frame starts rendering, so scrolling finds it ready. */
const renderAhead = '600px';
const observers = new WeakMap<HTMLElement, IntersectionObserver>();

/**
 * Renders one captioned, empty figure per column, and each figure's gate once it
 * nears the viewport. Resolves when the gates rendered so far show their screens.
 */
export async function renderCompare(container: HTMLElement, compare: CompareSettings, gallery: GallerySettings): Promise<void> {
  const columns =
    compare.by === 'locale'
      ? demoLocales.map((locale) => ({ label: localeLabel(locale), settings: { ...gallery, locale } }))
      : themeNames.map((theme) => ({ label: themes[theme].label, settings: { ...gallery, theme } }));
  observers.get(container)?.disconnect();
  render(
    columns.map(
      ({ label, settings }) => html`<figure class="compare-item" data-locale=${settings.locale} data-theme=${settings.theme}>
        <figcaption>${label}</figcaption>
        <div class="compare-slot"></div>
      </figure>`,
    ),
    container,
  );
  const slots = [...container.querySelectorAll<HTMLElement>('.compare-slot')];
  // Figures are reused across renders: a gate from the last state must not linger until it scrolls into view.
  for (const slot of slots) render(html``, slot);
  const renderSlot = (slot: HTMLElement) => {
    const column = columns[slots.indexOf(slot)]!;
    render(previewFrame(compare.state, column.settings), slot);
    slot.dataset['rendered'] = '';
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        renderSlot(entry.target as HTMLElement);
      }
    },
    // The page's own viewport, also where the demo is framed by another page (the tests do).
    { root: document, rootMargin: `${renderAhead} 0px` },
  );
  observers.set(container, observer);
  for (const slot of slots) {
    delete slot.dataset['rendered'];
    observer.observe(slot);
  }
  // The observer reports the slots already in view on its next frame.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await Promise.all([...container.querySelectorAll<IdVerificationGate>('id-verification-gate')].map((gate) => gate.updateComplete));
}
