import type { Translation, TranslationOverrides } from './translation.js';

/**
 * The host's `strings` over a translation. Records (advice per reason, words per
 * error) merge key by key, so one message can be changed without copying the rest.
 */
export function withOverrides(translation: Translation, overrides: TranslationOverrides | undefined): Translation {
  if (!overrides) return translation;
  const merged: Record<string, unknown> = { ...translation };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const base = merged[key];
    merged[key] = isRecord(base) && isRecord(value) ? { ...base, ...value } : value;
  }
  return merged as unknown as Translation;
}

/** The gate's UI language: its `locale`, else the nearest `lang` up the tree (across shadow roots), else English. */
export function resolveLocale(element: Element, explicit: string | undefined): string {
  if (explicit) return explicit;
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) {
      return node.getAttribute('lang')!;
    }
  }
  return document.documentElement.lang || 'en';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
