// What a gallery card's gate is made of, as attributes (applied to the live
// element) and as the markup shown beside it: one source, so they cannot drift.
// The theme is not in a card's markup: the page shows its CSS once, for every card.
import type { GateState } from '../../src/index.js';
import { hostTextFor } from './sample-content.js';
import { chosenDetail } from './sample-details.js';
import type { GallerySettings } from './settings.js';
import { themeRule, themes, type ThemeName } from './themes.js';

/** Every attribute a card may set; the ones a card does not list are removed. */
export const cardAttributeNames = ['preview-state', 'preview-detail', 'locale', 'mode', 'support-url'] as const;

/** The attributes of a card's gate, in the order people read them. */
export function cardAttributes(state: GateState, { locale, mode }: Pick<GallerySettings, 'locale' | 'mode'>): ReadonlyMap<string, string> {
  const attributes = new Map<string, string>([['preview-state', state]]);
  const detail = chosenDetail(state);
  if (detail) attributes.set('preview-detail', detail);
  attributes.set('locale', locale);
  // modal is the default: a page writes mode only to ask for inline.
  if (mode === 'inline') attributes.set('mode', mode);
  attributes.set('support-url', '#support');
  return attributes;
}

export function cardMarkup(state: GateState, settings: GallerySettings): string {
  const text = hostTextFor(settings.locale);
  const attributes = [...cardAttributes(state, settings)].map(([name, value]) => `${name}="${escape(value)}"`).join(' ');
  return [
    `<id-verification-gate ${attributes}>`,
    `  <p slot="reason">${escape(text.reason)}</p>`,
    // The host's own privacy commitments are shown only before the flow (the briefing).
    ...(state === 'locked'
      ? ['  <ul slot="privacy">', ...text.privacy.map((item) => `    <li>${escape(item)}</li>`), '  </ul>']
      : []),
    '  <section class="unlocked">',
    `    <h3>${escape(text.unlockedHeading)}</h3>`,
    `    <p>${escape(text.unlockedBody)}</p>`,
    '  </section>',
    '</id-verification-gate>',
  ].join('\n');
}

/** The CSS a page adds for a theme, shared by every card; a comment when the defaults need none. */
export function themeCss(name: ThemeName): string {
  const rule = themeRule(name, 'id-verification-gate');
  const { comment } = themes[name];
  if (!rule) return `/* ${themes[name].label}: the defaults, no CSS needed. */`;
  return comment ? `/* ${comment} */\n${rule}` : rule;
}

function escape(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
