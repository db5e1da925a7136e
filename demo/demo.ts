// The designers' demo: a gallery of every state and a live playground.
import { IdVerificationGate } from '../src/index.js';
import { startGallery } from './gallery/index.js';
import { startPlayground } from './playground/index.js';

// Registered explicitly: bundlers may drop a bare import of a module the package marks side-effect-free.
IdVerificationGate.define();

// The gallery needs nothing from outside, so it renders first, even if the playground cannot start.
startGallery();
await startPlayground();
document.documentElement.dataset['ready'] = '';
