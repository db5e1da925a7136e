// The designers' demo: a gallery of every state and a live playground.
import '../src/index.js';
import { startGallery } from './gallery/index.js';
import { startPlayground } from './playground/index.js';

// The gallery needs nothing from outside, so it renders first, even if the playground cannot start.
startGallery();
await startPlayground();
document.documentElement.dataset['ready'] = '';
