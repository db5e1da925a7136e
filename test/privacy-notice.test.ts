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
  az: /saxlamırıq|silirik|\bAI\b|\bSİ\b|təlim|marketinq|paylaşıl|heç vaxt/,
  bg: /не съхраняваме|изтриваме|\bAI\b|\bИИ\b|обучени|маркетинг|споделя|никога/,
  bn: /রাখি না|আমরা মুছে|AI|প্রশিক্ষণ|মার্কেটিং|শেয়ার|কখনো/,
  cs: /neuchováváme|smažeme|\bAI\b|\bUI\b|trénov|marketing|sdíl|nikdy/,
  cy: /ddim yn cadw|rydym yn dileu|\bAI\b|hyfforddi|marchnata|rhannu|byth/,
  da: /gemmer ikke|sletter vi|\bAI\b|\bKI\b|træn|markedsføring|deles|aldrig/,
  el: /δεν κρατάμε|διαγράφουμε|\bAI\b|ΤΝ|εκπαίδευση|μάρκετινγκ|κοινοποι|(^|\s)ποτέ([\s.,]|$)/,
  fi: /emme säilytä|poistamme|\bAI\b|tekoäly|koulut|markkinoin|jaeta|koskaan/,
  he: /לא שומרים|מוחקים|AI|בינה מלאכותית|אימון|שיווק|משותפ|לעולם/,
  hr: /ne čuvamo|brišemo|\bAI\b|\bUI\b|treniranj|marketing|dijel|nikada/,
  hu: /nem tároljuk|töröljük|\bAI\b|\bMI\b|tanítás|marketing|megoszt|soha/,
  hy: /չենք պահում|ջնջում|AI|արհեստական բանականություն|ուսուցան|մարքեթինգ|կիսվ|երբեք/,
  id: /tidak menyimpan|kami menghapus|\bAI\b|melatih|pemasaran|dibagikan|tidak pernah/,
  it: /non conserviamo|cancelliamo|\bIA\b|\bAI\b|addestra|marketing|condivis|\bmai\b/,
  lt: /nesaugome|ištriname|\bAI\b|\bDI\b|mokym|rinkodar|dalij|niekada/,
  ms: /tidak menyimpan|kami memadam|\bAI\b|melatih|pemasaran|dikongsi|tidak pernah/,
  nl: /bewaren niet|verwijderen wij|\bAI\b|training|marketing|gedeeld|\bnooit\b/,
  no: /lagrer ikke|sletter vi|\bAI\b|\bKI\b|trening|markedsføring|deles|aldri/,
  pl: /nie przechowujemy|usuwamy|\bAI\b|\bSI\b|trenow|marketing|udostępnia|nigdy/,
  ro: /nu păstrăm|ștergem|\bAI\b|\bIA\b|antrena|marketing|partaja|niciodată/,
  sk: /neuchovávame|vymažeme|\bAI\b|\bUI\b|trénov|marketing|zdieľ|nikdy/,
  sr: /не чувамо|бришемо|\bAI\b|вештачк|тренир|маркетинг|дељен|никада/,
  sv: /sparar inte|raderar vi|\bAI\b|träning|marknadsföring|delas|aldrig/,
  ta: /வைத்திருப்பதில்லை|நீக்கு|AI|பயிற்சி|சந்தைப்படுத்த|பகிர|ஒருபோதும்/,
  th: /ไม่เก็บ|เราลบ|AI|ฝึก|การตลาด|แชร์|ไม่เคย/,
  tl: /hindi namin itinatago|binubura|\bAI\b|pagsasanay|marketing|ibinabahagi|kailanman/,
  tr: /saklamıyoruz|sileriz|\bAI\b|yapay zek|eğit|pazarlama|paylaş|asla/,
  uk: /не зберігаємо|видаляємо|\bAI\b|\bШІ\b|навчанн|маркетинг|переда|ніколи/,
  vi: /không lưu|chúng tôi xóa|\bAI\b|huấn luyện|tiếp thị|chia sẻ|không bao giờ/,
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
