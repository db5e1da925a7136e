// The screens a person sees before they are verified, loaded when the gate first needs
// one of them: a person who is already verified never downloads this.
export { renderScreen, type ScreenView } from './screens.js';
export { previewView } from './preview.js';
export { safeLinkUrl } from './safe-url.js';
