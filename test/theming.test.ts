import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import { setAppearance } from './support/appearance.js';
import { animationsDone } from './support/fixtures.js';

const part = (gate: IdVerificationGate, name: string) => gate.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('theming', () => {
  afterEach(() => setAppearance({ colorScheme: 'light', reducedMotion: 'no-preference' }));

  it('takes colours, radius, font and spacing from --idv-* properties', async () => {
    const gate = await fixture<IdVerificationGate>(html`
      <id-verification-gate
        preview-state="locked"
        style="--idv-color-accent: rgb(124, 58, 237); --idv-color-accent-text: rgb(255, 255, 255);
               --idv-radius: 16px; --idv-font: monospace; --idv-spacing: 2rem"
      ></id-verification-gate>
    `);
    await animationsDone(gate);
    const start = part(gate, 'button-primary');
    expect(getComputedStyle(start).backgroundColor).to.equal('rgb(124, 58, 237)');
    expect(getComputedStyle(start).borderTopLeftRadius).to.equal('16px');
    expect(getComputedStyle(part(gate, 'screen')).fontFamily).to.equal('monospace');
    expect(getComputedStyle(part(gate, 'screen')).paddingTop).to.equal('48px');
    await expect(gate).to.be.accessible();
  });

  it("leaves the gated content in the page's font and colour", async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="font-family: serif; color: rgb(1, 2, 3); line-height: 2">
        <id-verification-gate preview-state="verified"><p id="gated">Advanced tools</p></id-verification-gate>
      </div>
    `);
    const gate = page.querySelector('id-verification-gate')!;
    await gate.updateComplete;
    const gated = getComputedStyle(page.querySelector('#gated')!);
    expect([gated.fontFamily, gated.color, gated.lineHeight]).to.deep.equal(['serif', 'rgb(1, 2, 3)', '32px']);
    // The gate's own words keep the gate's font.
    expect(getComputedStyle(part(gate, 'banner')).fontFamily).to.include('system-ui');
  });

  it('exposes parts a host can style', async () => {
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate preview-state="retry"></id-verification-gate>`);
    for (const name of ['screen', 'screen-retry', 'heading', 'body', 'attempts', 'actions', 'button', 'button-primary']) {
      expect(gate.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.exist;
    }
  });

  it('matches :state() for the current state', async () => {
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate preview-state="blocked"></id-verification-gate>`);
    expect(gate.matches(':state(blocked)')).to.be.true;
    expect(gate.matches(':state(locked)')).to.be.false;
    gate.previewState = 'verified';
    await gate.updateComplete;
    expect(gate.matches(':state(verified)')).to.be.true;
    expect(gate.getAttribute('state')).to.equal('verified');
  });

  it('follows a page in dark mode, with readable contrast', async () => {
    await setAppearance({ colorScheme: 'dark' });
    const wrapper = await fixture<HTMLElement>(html`
      <div style="color-scheme: light dark; background: #000">
        <id-verification-gate preview-state="retry"></id-verification-gate>
      </div>
    `);
    const gate = wrapper.querySelector('id-verification-gate')!;
    await gate.updateComplete;
    expect(getComputedStyle(part(gate, 'screen')).backgroundColor).to.equal('rgb(22, 24, 29)');
    await expect(gate).to.be.accessible();
  });

  it('stays light on a page that only declares light, even in dark mode', async () => {
    await setAppearance({ colorScheme: 'dark' });
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate preview-state="locked"></id-verification-gate>`);
    expect(getComputedStyle(part(gate, 'screen')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('stops the spinner for people who prefer reduced motion', async () => {
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate preview-state="loading"></id-verification-gate>`);
    expect(getComputedStyle(part(gate, 'spinner')).animationName).to.equal('spin');
    await setAppearance({ reducedMotion: 'reduce' });
    expect(getComputedStyle(part(gate, 'spinner')).animationName).to.equal('none');
  });
});
