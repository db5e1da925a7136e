import { expect, waitUntil } from '@open-wc/testing';
import { builtInLocales, GateStates } from '../src/index.js';
import { gateHeading, openDemo, type DemoPage } from './support/demo-page.js';
import { eventually } from './support/eventually.js';
import './support/test-page.js';

describe('demo page', function () {
  // A whole page with its own msw, gallery and live gate: more than one gate's test needs.
  this.timeout(30_000);
  let demo: DemoPage;

  before(async () => {
    demo = await openDemo({ scenario: 'cancel-and-resume', pace: '0' });
  });
  after(() => demo.close());

  describe('state gallery', () => {
    it('has a card for every state: the gate in that preview state, and its markup', async () => {
      for (const state of GateStates) {
        const gate = demo.cardGate(state);
        await gate.updateComplete;
        expect(gate.getAttribute('preview-state'), state).to.equal(state);
        expect(gate.state, state).to.equal(state);
        expect(demo.card(state).querySelector('pre')!.textContent).to.contain(`preview-state="${state}"`);
      }
      expect(gateHeading(demo.cardGate('locked'))).to.equal('Verify your identity to continue');
      // Verified shows the host's gated content, not a screen of the gate's.
      expect(demo.cardGate('verified').querySelector('.unlocked')!.checkVisibility()).to.be.true;
    });

    it('shows the markup highlighted and collapsed until asked for', async () => {
      const details = demo.card('retry').querySelector('details')!;
      expect(details.open).to.be.false;
      expect(details.querySelector('pre')!.checkVisibility()).to.be.false;
      expect(details.querySelector('pre .hljs-name')!.textContent).to.equal('id-verification-gate');
      expect(details.querySelector('pre .hljs-attr')!.textContent).to.equal('preview-state');
      details.querySelector('summary')!.click();
      expect(details.querySelector('pre')!.checkVisibility()).to.be.true;
      details.open = false;
    });

    it("copies a card's markup, or selects it where the clipboard is not allowed", async () => {
      const card = demo.card('retry');
      const markup = card.querySelector('pre')!.textContent!;
      card.querySelector<HTMLButtonElement>('.markup-bar button')!.click();
      expect(card.querySelector('details')!.open, 'what is copied is in view').to.be.true;
      const status = card.querySelector('.copy-status')!;
      await eventually(() => status.textContent !== '', 'The copy button says what it did');
      if (status.textContent === 'Copied') {
        expect(await demo.window.navigator.clipboard.readText()).to.equal(markup);
      } else {
        expect(status.textContent).to.equal('Selected: press Ctrl+C (⌘C) to copy');
        expect(demo.window.getSelection()!.toString()).to.equal(markup);
      }
    });

    it('lets a card show each reason or error as its sample, in the gate and in the markup', async () => {
      const picker = demo.card('error').querySelector<HTMLSelectElement>('select')!;
      expect([...picker.options].map((o) => o.value)).to.include.members(['offline', 'network', 'no_camera']);
      demo.choose(picker, 'offline');
      const gate = demo.cardGate('error');
      await eventually(() => gate.shadowRoot!.textContent!.includes('You appear to be offline'));
      expect(demo.card('error').querySelector('pre')!.textContent).to.contain('preview-detail="offline"');
      expect(demo.card('blocked').querySelector('select')!.options).to.have.length(3);
      expect(demo.card('locked').querySelector('select')).to.equal(null);
    });

    it('offers a sample menu only on cards whose screen changes with it', async () => {
      const withMenu = GateStates.filter((state) => demo.card(state).querySelector('select'));
      expect(withMenu).to.deep.equal(['retry', 'blocked', 'error']);
      for (const state of withMenu) {
        const picker = demo.card(state).querySelector<HTMLSelectElement>('select')!;
        const gate = demo.cardGate(state);
        const shown = new Set<string>();
        for (const option of [...picker.options].slice(0, 2)) {
          demo.choose(picker, option.value);
          await gate.updateComplete;
          shown.add(gate.shadowRoot!.querySelector('[part~="screen"]')!.textContent!);
        }
        expect(shown.size, `${state}: two samples, two different screens`).to.equal(2);
      }
    });

    it("shows a host's own privacy commitments in the locked card, through the privacy slot", async () => {
      const gate = demo.cardGate('locked');
      const slot = gate.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="privacy"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.contain('We never use them to train AI or for marketing.');
      expect(demo.card('locked').querySelector('pre')!.textContent).to.contain('<ul slot="privacy">');
      expect(demo.card('retry').querySelector('pre')!.textContent).not.to.contain('slot="privacy"');
    });

    it('offers every locale and the pseudo-locale, grouped by writing system', () => {
      const locale = demo.document.querySelector<HTMLSelectElement>('#gallery-locale')!;
      expect([...locale.options].map((option) => option.value)).to.have.members([...builtInLocales, 'en-XA']);
      const groups = [...locale.querySelectorAll('optgroup')].map((group) => group.label);
      expect(groups).to.include.members(['Latin script', 'Cyrillic', 'Right to left', 'For testing']);
      const rtl = [...locale.querySelectorAll('optgroup[label="Right to left"] option')].map((option) => (option as HTMLOptionElement).value);
      expect(rtl).to.deep.equal(['ar', 'he']);
    });

    it('finds a locale by its own name, its English name or its tag, and Enter chooses it', async () => {
      const locale = demo.document.querySelector<HTMLSelectElement>('#gallery-locale')!;
      const search = demo.document.querySelector<HTMLInputElement>('#gallery-locale-search')!;
      const listed = () => [...locale.options].map((option) => option.value);
      const type = (text: string) => {
        search.value = text;
        search.dispatchEvent(new Event('input', { bubbles: true }));
      };
      type('turk');
      // The chosen locale stays listed, so narrowing never changes the choice.
      expect(listed()).to.deep.equal(['en', 'tr']);
      type('Suomi');
      expect(listed()).to.deep.equal(['en', 'fi']);
      type('zh-tw');
      expect(listed()).to.deep.equal(['en', 'zh-TW']);
      type('ukrainian');
      search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await eventually(() => gateHeading(demo.cardGate('locked')).includes('особу'), 'Ukrainian after Enter');
      expect(demo.window.location.search).to.contain('locale=uk');
      type('');
      expect(listed()).to.have.length(42);
    });

    it('switches every card to another locale, in the gates and in the markup', async () => {
      const locale = demo.document.querySelector<HTMLSelectElement>('#gallery-locale')!;
      demo.choose(locale, 'de');
      await eventually(() => gateHeading(demo.cardGate('locked')) === 'Bestätigen Sie Ihre Identität, um fortzufahren');
      expect(demo.card('retry').querySelector('pre')!.textContent).to.contain('locale="de"');
      expect(demo.window.location.search).to.contain('locale=de');

      demo.choose(locale, 'ar');
      const gate = demo.cardGate('error');
      await eventually(() => gate.shadowRoot!.querySelector('[dir="rtl"]') !== null, 'Arabic is right to left');
    });

    it('switches the theme: dark follows color-scheme, brand only sets --idv-* properties; one CSS snippet for all cards', async () => {
      const theme = (name: string) => demo.document.querySelector<HTMLInputElement>(`input[name="theme"][value="${name}"]`)!;
      const screen = () => demo.cardGate('locked').shadowRoot!.querySelector<HTMLElement>('[part~="screen"]')!;
      const snippet = () => demo.document.querySelector('#theme-css')!.textContent!;
      const pageBackground = () => getComputedStyle(demo.document.documentElement).backgroundColor;

      demo.choose(theme('dark'));
      expect(getComputedStyle(screen()).backgroundColor).to.equal('rgb(22, 24, 29)');
      expect(snippet()).to.contain('color-scheme: dark;');
      expect(pageBackground(), 'the page around the cards turns dark too').to.equal('rgb(14, 16, 21)');

      demo.choose(theme('brand'));
      expect(getComputedStyle(screen()).backgroundColor).to.equal('rgb(251, 248, 241)');
      expect(snippet()).to.contain('--idv-color-accent: #0f6b5c;');
      for (const state of GateStates) {
        expect(demo.card(state).querySelector('pre')!.textContent, state).not.to.contain('<style>');
      }

      demo.choose(theme('light'));
      expect(getComputedStyle(screen()).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(snippet()).to.contain('no CSS needed');
      expect(pageBackground()).to.equal('rgb(244, 246, 250)');
    });

    it('sets mode and the frame width', async () => {
      demo.choose(demo.document.querySelector<HTMLInputElement>('input[name="mode"][value="inline"]')!);
      expect(demo.cardGate('in-progress').getAttribute('mode')).to.equal('inline');
      expect(demo.card('in-progress').querySelector('pre')!.textContent).to.contain('mode="inline"');

      demo.choose(demo.document.querySelector<HTMLInputElement>('input[name="viewport"][value="mobile"]')!);
      const frame = demo.card('locked').querySelector<HTMLElement>('.frame')!;
      expect(frame.getBoundingClientRect().width).to.equal(360);
      expect(frame.scrollWidth, 'no sideways scrolling').to.equal(frame.clientWidth);
    });
  });

  describe('navigation', () => {
    it('links every section and every state, each to its place on the page', () => {
      const links = (list: string) =>
        [...demo.document.querySelectorAll<HTMLAnchorElement>(`${list} a`)].map((link) => link.getAttribute('href')!);
      const sections = links('.sidebar .nav-list:not(.states)');
      expect(sections).to.deep.equal(['#gallery', '#compare', '#theme-editor', '#playground']);
      expect(links('#state-nav')).to.deep.equal(GateStates.map((state) => `#card-${state}`));
      for (const href of [...sections, ...links('#state-nav')]) {
        expect(demo.document.querySelector(href), href).to.exist;
      }
      expect(demo.card('blocked').id).to.equal('card-blocked');
      expect(demo.document.querySelector('#state-nav a[href="#card-blocked"] .tone-dot')!.getAttribute('data-tone')).to.equal('danger');
    });
  });

  describe('compare', () => {
    const form = () => demo.document.querySelector<HTMLFormElement>('#compare-controls')!;
    const items = () => [...demo.document.querySelectorAll<HTMLElement>('#compare-frames .compare-item')];

    it('shows one state in every locale side by side, each gate in its language', async () => {
      demo.choose(form().querySelector<HTMLSelectElement>('#compare-state')!, 'blocked');
      demo.choose(form().querySelector<HTMLInputElement>('input[name="compare-by"][value="locale"]')!);
      expect(items().map((item) => item.dataset['locale'])).to.deep.equal([...builtInLocales, 'en-XA']);
      // Frames render as they near the viewport: the far ones are empty until scrolled to.
      form().scrollIntoView();
      const gateOf = (locale: string) => items()[builtInLocales.indexOf(locale as never)]!.querySelector('id-verification-gate');
      await eventually(() => gateOf('en'), 'the first frame renders at once');
      expect(gateOf('zh-TW'), 'a frame far below the viewport').to.equal(null);
      items()[builtInLocales.indexOf('ja')]!.scrollIntoView();
      await eventually(() => gateOf('ja'), 'a frame renders once scrolled to');
      const japanese = gateOf('ja')!;
      await japanese.updateComplete;
      expect(japanese.state).to.equal('blocked');
      expect(gateHeading(japanese)).to.equal('このアカウントはここでは本人確認できません');
      expect(items()[builtInLocales.indexOf('ar')]!.querySelector('figcaption')!.textContent).to.contain('(ar)');
      expect(demo.window.location.search).to.contain('compare-state=blocked');
    });

    it('or in every theme', async () => {
      demo.choose(form().querySelector<HTMLInputElement>('input[name="compare-by"][value="theme"]')!);
      form().scrollIntoView();
      expect(items().map((item) => item.dataset['theme'])).to.deep.equal(['light', 'dark', 'brand']);
      await eventually(() => items().every((item) => item.querySelector('id-verification-gate')), 'every theme renders');
      await Promise.all(items().map((item) => item.querySelector('id-verification-gate')!.updateComplete));
      const backgrounds = items().map((item) => {
        const screen = item.querySelector('id-verification-gate')!.shadowRoot!.querySelector('[part~="screen"]')!;
        return getComputedStyle(screen).backgroundColor;
      });
      expect(backgrounds).to.deep.equal(['rgb(255, 255, 255)', 'rgb(22, 24, 29)', 'rgb(251, 248, 241)']);
    });
  });

  describe('theme editor', () => {
    const input = (name: string) => demo.document.querySelector<HTMLInputElement>(`#theme-editor-form [name="${name}"]`)!;
    const css = () => demo.document.querySelector('#theme-editor-css')!.textContent!;
    const primaryButtons = () =>
      [...demo.document.querySelectorAll('#main id-verification-gate[preview-state="locked"]')].map(
        (gate) => getComputedStyle(gate.shadowRoot!.querySelector('[part~="button-primary"]')!).backgroundColor,
      );

    it("starts from the theme's values, restyles every gate at once, and writes the CSS to copy", async () => {
      expect(input('--idv-color-accent').value).to.equal('#1d4ed8');
      expect(input('--idv-color-warning').value).to.equal('#a14a00');
      expect(css()).to.contain('Change a token');

      input('--idv-color-accent').value = '#7c3aed';
      input('--idv-color-accent').dispatchEvent(new demo.window.Event('input', { bubbles: true }));
      input('--idv-radius').value = '16';
      input('--idv-radius').dispatchEvent(new demo.window.Event('input', { bubbles: true }));

      const buttons = primaryButtons();
      expect(buttons.length, 'the gallery card, the editor and the compare view').to.be.at.least(2);
      expect(new Set(buttons)).to.deep.equal(new Set(['rgb(124, 58, 237)']));
      expect(css()).to.equal('id-verification-gate {\n  --idv-color-accent: #7c3aed;\n  --idv-radius: 16px;\n}');
      const retry = demo.document.querySelector('.editor-state[data-state="retry"] id-verification-gate')!;
      expect(getComputedStyle(retry.shadowRoot!.querySelector('[part~="screen"]')!).borderTopLeftRadius).to.equal('16px');
    });

    it('resets to the theme', async () => {
      demo.document.querySelector<HTMLButtonElement>('#theme-editor-form button[type="reset"]')!.click();
      expect(new Set(primaryButtons())).to.deep.equal(new Set(['rgb(29, 78, 216)']));
      expect(input('--idv-color-accent').value).to.equal('#1d4ed8');
      expect(css()).to.contain('Change a token');
    });

    it("follows the gallery's theme for the tokens not edited", async () => {
      demo.choose(demo.document.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!);
      expect(input('--idv-color-accent').value).to.equal('#93b4ff');
      demo.choose(demo.document.querySelector<HTMLInputElement>('input[name="theme"][value="light"]')!);
    });
  });

  describe('playground', () => {
    const logged = () =>
      [...demo.document.querySelectorAll<HTMLElement>('#event-log li')].map((item) => item.dataset['type']);
    const playStatus = () => demo.document.querySelector('#play-status')!.textContent ?? '';

    it('plays "cancel and resume" end to end against the sandbox, and logs every event', async () => {
      const scenario = demo.document.querySelector<HTMLSelectElement>('#scenario')!;
      expect(scenario.value).to.equal('cancel-and-resume');
      // A host listening on the page hears one unlock: the live gate's, none from the gallery's previews.
      const unlocks: EventTarget[] = [];
      const record = (event: Event) => unlocks.push(event.target!);
      demo.document.addEventListener('idv-verified', record);
      demo.document.querySelector<HTMLButtonElement>('#play')!.click();
      await waitUntil(() => playStatus().startsWith('Done'), 'Play did not finish', { timeout: 15_000 });
      demo.document.removeEventListener('idv-verified', record);

      expect(playStatus()).to.equal('Done: the gate ended in verified, as this scenario should.');
      const gate = demo.document.querySelector('#stage id-verification-gate')!;
      expect(gate.hasAttribute('verified')).to.be.true;
      expect(unlocks).to.deep.equal([gate]);
      expect(GateStates.filter((state) => demo.cardGate(state).state !== state), 'cards still show their state').to.deep.equal([]);
      const events = logged().filter((type) => type !== 'idv-state-change' && type !== 'idv-persona-event');
      expect(events).to.deep.equal(['idv-start', 'idv-ready', 'idv-cancel', 'idv-start', 'idv-ready', 'idv-complete', 'idv-verified']);
      const verified = demo.document.querySelector('#event-log li[data-type="idv-verified"]')!.textContent;
      expect(verified).to.contain('"confirmedBy":"server"');
    });

    it('plays "real server: decline (glare), then approve" through the package\'s own server handlers', async () => {
      demo.choose(demo.document.querySelector<HTMLSelectElement>('#scenario')!, 'real-decline-glare-then-approve');
      const gate = demo.document.querySelector('#stage id-verification-gate')!;
      expect(gate.getAttribute('status-url')).to.equal('/api/real/status');
      expect(gate.getAttribute('session-url')).to.equal('/api/real/session');
      demo.document.querySelector<HTMLButtonElement>('#play')!.click();
      await waitUntil(() => playStatus().startsWith('Done'), 'Play did not finish', { timeout: 20_000 });

      expect(playStatus()).to.equal('Done: the gate ended in verified, as this scenario should.');
      const declined = demo.document.querySelector('#event-log li[data-type="idv-declined"]')!.textContent;
      expect(declined).to.contain('"reason":"glare"').and.to.contain('"attemptsRemaining":2');
      const verified = demo.document.querySelector('#event-log li[data-type="idv-verified"]')!.textContent;
      expect(verified).to.contain('"confirmedBy":"server"');
    });

    it('plays "flow never loads": an unreachable persona-host ends in flow_timeout', async () => {
      demo.choose(demo.document.querySelector<HTMLSelectElement>('#scenario')!, 'flow-never-loads');
      const gate = demo.document.querySelector('#stage id-verification-gate')!;
      expect(gate.getAttribute('persona-host')).to.equal('localhost:1');
      const markup = demo.document.querySelector('#gate-markup')!;
      await eventually(() => markup.textContent!.includes('flow-timeout="4000"'), 'The live markup follows the attributes');

      demo.document.querySelector<HTMLButtonElement>('#play')!.click();
      await waitUntil(() => playStatus().startsWith('Done'), 'Play did not finish', { timeout: 15_000 });
      expect(playStatus()).to.contain('ended in error');
      const error = demo.document.querySelector('#event-log li[data-type="idv-error"]')!.textContent;
      expect(error).to.contain('"code":"flow_timeout"');
    });
  });
});
