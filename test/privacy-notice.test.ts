import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { BuiltInLocale, IdVerificationGate } from '../src/index.js';
import { builtInLocales, loadTranslation } from '../src/i18n/locales.js';
import './support/test-page.js';

/**
 * Claims only the host can make (what it keeps, what it trains or markets with, whom it
 * shares with), as each locale words them. The gate's default notice says what is true
 * for any host; a host adds its own commitments through `strings` or the `privacy` slot.
 */
const hostOnlyClaims: Readonly<Record<BuiltInLocale, RegExp>> = {
  en: /\bkeep\b|\bwe delete\b|\bAI\b|\btrain|marketing|\bshared?\b|\bnever\b/i,
  'zh-CN': /保留|会删除|AI|训练|营销|共享|提供给|绝不/,
  'zh-TW': /保留|會刪除|AI|訓練|行銷|分享|提供給|絕不/,
  ja: /保管しません|削除します|AI|学習|マーケティング|共有|ありません/,
  ko: /보관하지|삭제해요|AI|학습|마케팅|공유|절대/,
  es: /no guardamos|borramos|\bIA\b|entrenar|marketing|se comparten|\bnunca\b/i,
  fr: /ne conservons|supprimons|\bIA\b|entraîn|marketing|partagées|\bjamais\b/i,
  de: /bewahren|löschen wir|\bKI\b|training|marketing|niemand|\bnie\b/i,
  'pt-BR': /não guardamos|apagamos|\bIA\b|treinar|marketing|compartilhad|\bnunca\b/i,
  ru: /не храним|удаляем|ИИ|обучени|маркетинг|не передаются|никогда/i,
  ar: /لا نحتفظ|نحذف|الذكاء الاصطناعي|تدريب|التسويق|تُشارَك|أبدًا/,
  hi: /नहीं रखते|हटा देते|AI|ट्रेनिंग|मार्केटिंग|साझा|कभी नहीं/,
};

function privacyText(gate: IdVerificationGate): string {
  return gate.shadowRoot!.querySelector('[part~="privacy"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function lockedGate(locale: string, slotted = html``): Promise<IdVerificationGate> {
  const gate = await fixture<IdVerificationGate>(
    html`<id-verification-gate template-id="itmpl_a" locale=${locale}>${slotted}</id-verification-gate>`,
  );
  await gate.updateComplete;
  return gate;
}

describe('the default privacy notice is true for any host', () => {
  for (const locale of builtInLocales) {
    it(`${locale}: names Persona and claims nothing only a host can`, async () => {
      const { privacyItems } = await loadTranslation(locale);
      expect(privacyItems.length).to.be.greaterThan(0);
      expect(privacyItems[0]).to.contain('Persona');
      for (const item of privacyItems) expect(item).not.to.match(hostOnlyClaims[locale]);
    });
  }

  it('is what a person reads before starting, in their language', async () => {
    const gate = await lockedGate('de');
    expect(privacyText(gate)).to.contain('Persona, ein Dienst für Identitätsprüfung');
    expect(privacyText(gate)).not.to.match(hostOnlyClaims.de);
  });

  it('the host adds its own commitments through strings, kept when the locale loads', async () => {
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate template-id="itmpl_a"></id-verification-gate>`);
    const defaults = (await loadTranslation('de')).privacyItems;
    gate.strings = { privacyItems: [...defaults, 'Wir löschen die Fotos nach der Prüfung.'] };
    gate.locale = 'de';
    await gate.updateComplete;
    const items = [...gate.shadowRoot!.querySelectorAll('[part~="privacy"] li')].map((li) => li.textContent);
    expect(items).to.deep.equal([...defaults, 'Wir löschen die Fotos nach der Prüfung.']);
  });

  it('or through the privacy slot, which replaces the default notice', async () => {
    const gate = await lockedGate(
      'en',
      html`<ul slot="privacy" id="host-notice"><li>We delete the photos once the check is done.</li></ul>`,
    );
    const slot = gate.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="privacy"]')!;
    expect(slot.assignedElements().map((element) => element.id)).to.deep.equal(['host-notice']);
    // The default list is the slot's fallback: not rendered while the host fills the slot.
    const fallback = slot.querySelector('ul')!;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(document.getElementById('host-notice')!.getClientRects().length).to.be.greaterThan(0);
  });
});
