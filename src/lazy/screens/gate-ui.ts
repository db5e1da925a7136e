// The screens a person sees before they are verified, loaded when the gate first needs
// one of them: a person who is already verified never downloads this.
export { renderScreen, type ScreenView } from './screens.js';
export { drawScreen } from './draw-screen.js';
export { liveView } from './live-view.js';
export { followScreen } from './follow-screen.js';
export { previewView } from './preview.js';
export { safeLinkUrl } from './safe-url.js';
export { lazyStyles } from './lazy.styles.js';
export { observeLang } from '../../i18n/lang-observer.js';
export { loadTranslation, loadedTranslation } from '../../i18n/locales.js';
export { withOverrides } from '../../i18n/resolve-translation.js';
export { localeOf } from '../../i18n/locale-of.js';
