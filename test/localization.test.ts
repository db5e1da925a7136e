import { expect, fixture, html } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { button, gateFixture, heading } from './support/fixtures.js';
import { flowParams, openFlow } from './support/persona-sandbox.js';
import { loadTranslation } from '../src/i18n/locales.js';

/** Waits until the gate shows words of a locale that may still be loading. */
async function settled(gate: IdVerificationGate): Promise<void> {
  await gate.updateComplete;
}

describe('the gate speaks the page’s language', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('takes the nearest lang attribute', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <section lang="zh-CN"><id-verification-gate template-id="itmpl_a"></id-verification-gate></section>
    `);
    const gate = wrapper.querySelector('id-verification-gate')!;
    await settled(gate);
    expect(heading(gate)).to.equal('验证身份后即可继续');
  });

  it('takes <html lang> when nothing nearer says', async () => {
    document.documentElement.setAttribute('lang', 'zh-Hant');
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate template-id="itmpl_a"></id-verification-gate>`);
    await settled(gate);
    expect(gate.shadowRoot!.querySelector('.gate')!.getAttribute('lang')).to.equal('zh-TW');
  });

  it('prefers its own locale attribute, and follows a page that switches language', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="fr"><id-verification-gate template-id="itmpl_a"></id-verification-gate></div>
    `);
    const gate = wrapper.querySelector('id-verification-gate')!;
    await settled(gate);
    const french = heading(gate);
    expect(french).to.contain('identité');

    wrapper.setAttribute('lang', 'de');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(gate);
    expect(heading(gate)).to.contain('Identität');

    gate.locale = 'ja';
    await settled(gate);
    expect(heading(gate)).to.match(/本人確認/);
  });

  it('finds the nearest language a page names: Norwegian Bokmål reads Norwegian, Filipino reads Tagalog', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="nb-NO"><id-verification-gate template-id="itmpl_a"></id-verification-gate></div>
      <div lang="fil"><id-verification-gate template-id="itmpl_a"></id-verification-gate></div>
    `);
    const [norwegian, filipino] = [...wrapper.parentElement!.querySelectorAll('id-verification-gate')];
    await Promise.all([settled(norwegian!), settled(filipino!)]);
    expect(norwegian!.shadowRoot!.querySelector('.gate')!.getAttribute('lang')).to.equal('no');
    expect(heading(norwegian!)).to.equal((await loadTranslation('no')).lockedHeading);
    expect(filipino!.shadowRoot!.querySelector('.gate')!.getAttribute('lang')).to.equal('tl');
    expect(heading(filipino!)).to.equal((await loadTranslation('tl')).lockedHeading);
  });

  it('renders Arabic and Hebrew right to left', async () => {
    const hebrew = await fixture<IdVerificationGate>(
      html`<id-verification-gate template-id="itmpl_a" locale="he"></id-verification-gate>`,
    );
    await settled(hebrew);
    expect(getComputedStyle(hebrew.shadowRoot!.querySelector('.gate')!).direction).to.equal('rtl');

    const gate = await fixture<IdVerificationGate>(
      html`<id-verification-gate template-id="itmpl_a" locale="ar"></id-verification-gate>`,
    );
    await settled(gate);
    const root = gate.shadowRoot!.querySelector<HTMLElement>('.gate')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    const start = button(gate, 'بدء التحقق').getBoundingClientRect();
    const box = root.getBoundingClientRect();
    // The main action starts at the right edge in RTL.
    expect(box.right - start.right).to.be.lessThan(start.left - box.left);
  });

  it('lets the host override any string, and one entry of a record', async () => {
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate template-id="itmpl_a"></id-verification-gate>`);
    gate.strings = {
      startButton: 'Verify now',
      privacyItems: ['Acme never sees your ID.'],
      errorMessages: { offline: 'No internet.' } as never,
    };
    await settled(gate);
    expect(button(gate, 'Verify now')).to.exist;
    expect(gate.shadowRoot!.querySelector('[part~="privacy"]')!.textContent!.trim()).to.equal('Acme never sees your ID.');
    expect(gate.translation!.errorMessages.offline).to.equal('No internet.');
    expect(gate.translation!.errorMessages.network).to.contain('could not reach');
  });

  it('hands Persona its own code for the gate’s language unless language is set', async () => {
    const gate = await gateFixture({}, (g) => g.setAttribute('locale', 'ko'));
    await openFlow(gate);
    expect((await flowParams(gate)).get('language')).to.equal('ko-KR');
    gate.cancel();

    // Portuguese as Portugal writes it: Persona's flow speaks Brazilian Portuguese, the gate too.
    const portuguese = await gateFixture({}, (g) => g.setAttribute('lang', 'pt-PT'));
    expect(heading(portuguese)).to.equal('Verifique sua identidade para continuar');
    await openFlow(portuguese);
    expect((await flowParams(portuguese)).get('language')).to.equal('pt-BR');
    portuguese.cancel();

    // The host's own Catalan words: Persona's flow lacks Catalan, so it picks from the person's device settings.
    const catalan = await gateFixture({}, (g) => {
      g.setAttribute('locale', 'ca');
      g.strings = { locale: 'ca', startButton: 'Comença la verificació' };
    });
    await openFlow(catalan);
    expect((await flowParams(catalan)).has('language')).to.equal(false);
    catalan.cancel();

    const pinned = await gateFixture({}, (g) => g.setAttribute('language', 'en-US'));
    await openFlow(pinned);
    expect((await flowParams(pinned)).get('language')).to.equal('en-US');
  });

  it('lets the host replace parts of the briefing through named slots', async () => {
    const gate = await fixture<IdVerificationGate>(html`
      <id-verification-gate template-id="itmpl_a">
        <p slot="privacy" id="policy">Acme's own notice.</p>
        <ul slot="accepted"><li>Passport only</li></ul>
      </id-verification-gate>
    `);
    const slot = (name: string) => gate.shadowRoot!.querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
    expect(slot('privacy').assignedElements()[0]!.id).to.equal('policy');
    expect(slot('accepted').assignedElements()[0]!.textContent).to.equal('Passport only');
    expect(slot('prepare').assignedElements()).to.deep.equal([]);
    expect(gate.shadowRoot!.textContent).to.contain('A physical, valid government photo ID');
    await expect(gate).to.be.accessible();
  });
});
