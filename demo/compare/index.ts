// Wires the compare section of demo/index.html: which state, across what.
import { GateStates, type GateState } from '../../src/index.js';
import type { GallerySettings } from '../gallery/settings.js';
import { byId } from '../shared/dom.js';
import { compareSettingsFromUrl, renderCompare, saveCompareSettings, type CompareBy, type CompareSettings } from './compare.js';

/** Starts the view; the returned function re-renders it for new gallery settings. */
export function startCompare(initialGallery: GallerySettings): (gallery: GallerySettings) => void {
  const form = byId<HTMLFormElement>('compare-controls');
  const frames = byId('compare-frames');
  const stateSelect = form.elements.namedItem('compare-state') as HTMLSelectElement;
  stateSelect.replaceChildren(...GateStates.map((state) => new Option(state, state)));
  let compare = compareSettingsFromUrl();
  let gallery = initialGallery;
  stateSelect.value = compare.state;
  (form.elements.namedItem('compare-by') as RadioNodeList).value = compare.by;

  const update = () => {
    frames.dataset['by'] = compare.by;
    void renderCompare(frames, compare, gallery);
  };
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('change', () => {
    compare = {
      state: stateSelect.value as GateState,
      by: (form.elements.namedItem('compare-by') as RadioNodeList).value as CompareBy,
    } satisfies CompareSettings;
    saveCompareSettings(compare);
    update();
  });
  update();
  return (next) => {
    gallery = next;
    update();
  };
}
