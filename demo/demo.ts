// The designers' demo: a navigation of states and sections, a gallery of every
// state, a compare view, a theme editor and a live playground.
import { IdVerificationGate } from '../src/index.js';
import { startCompare } from './compare/index.js';
import { startGallery } from './gallery/index.js';
import type { GallerySettings } from './gallery/settings.js';
import { startPlayground } from './playground/index.js';
import { byId } from './shared/dom.js';
import { followTheme } from './shell/page-theme.js';
import { renderStateNav } from './shell/state-nav.js';
import { startEditor } from './theme-editor/index.js';

// Registered explicitly: bundlers may drop a bare import of a module the package marks side-effect-free.
IdVerificationGate.define();

renderStateNav(byId('state-nav'));
let updateCompare: ((settings: GallerySettings) => void) | undefined;
let updateEditor: ((settings: GallerySettings) => void) | undefined;
// The gallery needs nothing from outside, so it renders first, even if the playground cannot start.
const gallery = await startGallery((settings) => {
  followTheme(settings.theme);
  updateCompare?.(settings);
  updateEditor?.(settings);
});
updateCompare = startCompare(gallery);
updateEditor = startEditor(gallery);
await startPlayground();
document.documentElement.dataset['ready'] = '';
