import { adoptStyles, unsafeCSS, type CSSResult, type ReactiveController, type ReactiveElement } from '@lit/reactive-element';
import type { Translation, TranslationOverrides } from '../../i18n/translation.js';
import { reloadable } from '../reloadable.js';

/** The screens, styles and words: a verified person never downloads them. */
const loadUi = reloadable(import.meta.resolve, () => import('../../lazy/screens/gate-ui.js'));

/** The screens' styles, made a stylesheet once for every gate. */
let lazyStyles: CSSResult | undefined;

/** What the loader reads from its gate. */
interface ScreensHost extends ReactiveElement {
  readonly locale: string | undefined;
  readonly strings: TranslationOverrides | undefined;
}

/**
 * Brings a gate its screens and their words on first need (a verified person
 * never downloads them): the screens with their styles, then the translation
 * for the gate's locale; and re-renders the gate when a `lang` on the page changes.
 */
export class ScreenLoader implements ReactiveController {
  /** The screens, once loaded. */
  ui: typeof import('../../lazy/screens/gate-ui.js') | undefined;
  /** The screens or words could not be downloaded (offline); cleared when the browser is back online. */
  failed = false;
  /** Pending while screens or words download. */
  loading: Promise<unknown> | undefined;

  readonly #host: ScreensHost;
  /** The translation received for a locale (a failed locale falls back to English). */
  #loaded: { locale: string; translation: Translation } | undefined;
  #stopObservingLang: (() => void) | undefined;

  constructor(host: ScreensHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The built-in translation nearest the gate's locale with its `strings` over it; undefined until loaded. */
  get translation(): Translation | undefined {
    const { ui } = this;
    if (!ui) return undefined;
    const host = this.#host;
    const locale = ui.localeOf(host, host.locale);
    const base = this.#loaded?.locale === locale ? this.#loaded.translation : ui.loadedTranslation(locale);
    return base && ui.withOverrides(base, host.strings);
  }

  /** Loads the screens, then the words for the current locale, once each, then renders. */
  load(): void {
    if (this.loading || this.failed || this.translation) return;
    const host = this.#host;
    this.loading = loadUi()
      .then((ui) => {
        if (!this.ui) {
          this.ui = ui;
          const { elementStyles } = host.constructor as typeof ReactiveElement;
          lazyStyles ??= unsafeCSS(ui.lazyStyles);
          adoptStyles(host.renderRoot as ShadowRoot, [...elementStyles, lazyStyles]);
          this.hostConnected();
        }
        const locale = ui.localeOf(host, host.locale);
        return ui.loadTranslation(locale).then((translation) => (this.#loaded = { locale, translation }));
      })
      // Offline right after the page loaded: say so rather than spin forever, and try again once back online.
      .catch(() => {
        this.failed = true;
        addEventListener('online', () => ((this.failed = false), host.requestUpdate()), { once: true });
      })
      .finally(() => {
        this.loading = undefined;
        host.requestUpdate();
      });
  }

  /** The gate's `update()` ended, again after every download still under way: what a person sees is final. */
  async settled(updated: () => Promise<boolean>): Promise<boolean> {
    let complete = await updated();
    while (this.loading) {
      await this.loading;
      complete = await updated();
    }
    return complete;
  }

  /** Follows `lang` changes anywhere on the page, once there are words to change. */
  hostConnected(): void {
    const host = this.#host;
    if (this.ui && host.isConnected && !this.#stopObservingLang) {
      this.#stopObservingLang = this.ui.observeLang(() => host.requestUpdate());
    }
  }

  hostDisconnected(): void {
    this.#stopObservingLang?.();
    this.#stopObservingLang = undefined;
  }
}
