// Wires the state gallery section of demo/index.html.
import { byId } from '../shared/dom.js';
import { wireGalleryControls } from './controls.js';
import { installThemeStyles, renderGallery } from './gallery.js';
import { gallerySettingsFromUrl } from './settings.js';

export function startGallery(): void {
  const cards = byId('gallery-cards');
  const settings = gallerySettingsFromUrl();
  installThemeStyles();
  wireGalleryControls(byId<HTMLFormElement>('gallery-controls'), settings, (next) => renderGallery(cards, next));
  renderGallery(cards, settings);
}
