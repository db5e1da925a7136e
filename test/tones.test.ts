import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import './support/test-page.js';
import type { IdVerificationGate } from '../src/index.js';
import { en } from '../src/i18n/en.js';
import { DeclineReasons } from '../src/protocol/reasons.js';
import { setAppearance } from './support/appearance.js';

async function preview(state: string, detail = '', style = ''): Promise<IdVerificationGate> {
  const gate = await fixture<IdVerificationGate>(html`
    <id-verification-gate preview-state=${state} preview-detail=${detail} style=${style}>
      <p slot="reason">Reason</p>
      <p id="content">Gated content</p>
    </id-verification-gate>
  `);
  await gate.updateComplete;
  return gate;
}

const find = (gate: IdVerificationGate, selector: string) => gate.shadowRoot!.querySelector<HTMLElement>(selector);
const toneOf = (gate: IdVerificationGate) => find(gate, '[data-tone]')!.dataset['tone'];

/** WCAG contrast of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((channel) => {
      const c = Number(channel) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('tones and icons', () => {
  afterEach(() => setAppearance({ reducedMotion: 'no-preference' }));

  const expected: Array<[state: string, detail: string, tone: string]> = [
    ['locked', '', 'neutral'],
    ['cancelled', '', 'neutral'],
    ['checking', '', 'progress'],
    ['loading', '', 'progress'],
    ['in-progress', '', 'progress'],
    ['reviewing', '', 'progress'],
    ['verified', '', 'success'],
    ['retry', '', 'warning'],
    ['exhausted', '', 'warning'],
    ['blocked', '', 'danger'],
    ['error', 'network', 'warning'],
    ['error', 'invalid_config', 'danger'],
    ['error', 'review_timeout', 'progress'],
  ];
  for (const [state, detail, tone] of expected) {
    it(`${state}${detail ? ` (${detail})` : ''} is ${tone}, with a decorative icon beside its heading`, async () => {
      const gate = await preview(state, detail);
      expect(toneOf(gate)).to.equal(tone);
      const icon = find(gate, '[part~="icon"]')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.querySelector('svg, [part~="spinner"]'), 'an SVG or the spinner').to.exist;
      expect(icon.nextElementSibling?.getAttribute('part')).to.equal('heading');
      expect(icon.textContent!.trim(), 'nothing to read').to.equal('');
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps 4.5:1 for every tone's icon in ${scheme}, on the badge and on the screen`, async () => {
      for (const [state, detail, tone] of expected) {
        const gate = await preview(state, detail, `color-scheme: ${scheme}`);
        const icon = find(gate, '[part~="icon"]')!;
        const surface = getComputedStyle(find(gate, '[part~="screen"], [part~="banner"]')!).backgroundColor;
        const { color, backgroundColor } = getComputedStyle(icon);
        expect(contrast(color, backgroundColor), `${tone} on its badge`).to.be.at.least(4.5);
        expect(contrast(color, surface), `${tone} on the screen`).to.be.at.least(4.5);
      }
    });
  }

  it('takes each tone from its --idv-color-* tokens', async () => {
    const gate = await preview(
      'retry',
      '',
      '--idv-color-warning: rgb(90, 30, 120); --idv-color-warning-soft: rgb(250, 240, 255)',
    );
    const icon = getComputedStyle(find(gate, '[part~="icon"]')!);
    expect(icon.color).to.equal('rgb(90, 30, 120)');
    expect(icon.backgroundColor).to.equal('rgb(250, 240, 255)');
    expect(getComputedStyle(find(gate, '[part~="screen"]')!).borderTopColor).to.equal('rgb(90, 30, 120)');
  });

  it('moves in briefly, and not at all for people who prefer reduced motion or set the duration to 0s', async () => {
    let gate = await preview('blocked');
    expect(getComputedStyle(find(gate, '[part~="screen"]')!).animationName).to.equal('enter');
    expect(getComputedStyle(find(gate, '[part~="screen"]')!).animationDuration).to.equal('0.18s');
    gate = await preview('blocked', '', '--idv-motion-duration: 0s');
    expect(getComputedStyle(find(gate, '[part~="screen"]')!).animationDuration).to.equal('0s');
    await setAppearance({ reducedMotion: 'reduce' });
    expect(getComputedStyle(find(gate, '[part~="screen"]')!).animationName).to.equal('none');
    expect(getComputedStyle(find(gate, '[part~="icon"]')!).animationName).to.equal('none');
  });

  it('verified: a success banner with its heading above the gated content', async () => {
    const gate = await preview('verified');
    const banner = find(gate, '[part~="banner"]')!;
    expect(banner.dataset['tone']).to.equal('success');
    expect(banner.checkVisibility()).to.be.true;
    expect(banner.querySelector('[part~="heading"]')!.textContent!.trim()).to.equal(en.verifiedHeading);
    expect(gate.querySelector('#content')!.checkVisibility()).to.be.true;
    await expect(gate).to.be.accessible();
  });
});

describe('the steps', () => {
  /** Each step as a person reads it: its name, and what a screen reader adds. */
  const steps = (gate: IdVerificationGate) =>
    [...gate.shadowRoot!.querySelectorAll<HTMLElement>('[part~="step"]')].map((step) => [
      step.dataset['status'],
      step.textContent!.replace(/\s+/g, ' ').trim(),
    ]);

  it('the briefing lists the four steps under "How it works", none marked', async () => {
    const gate = await preview('locked');
    const list = find(gate, '[part~="steps"]')!;
    expect(list.tagName).to.equal('OL');
    expect(gate.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal(en.stepsHeading);
    expect(steps(gate)).to.deep.equal([
      ['upcoming', `1 ${en.steps.prepare}`],
      ['upcoming', `2 ${en.steps.idPhoto}`],
      ['upcoming', `3 ${en.steps.selfie}`],
      ['upcoming', `4 ${en.steps.review}`],
    ]);
  });

  const failedAt: Record<(typeof DeclineReasons)[number], number> = {
    blurry_photo: 1,
    glare: 1,
    document_expired: 1,
    document_not_accepted: 1,
    face_mismatch: 2,
    selfie_failed: 2,
    technical: 3,
  };
  for (const reason of DeclineReasons) {
    it(`retry after ${reason}: the steps before are done, step ${failedAt[reason] + 1} needs another try`, async () => {
      const gate = await preview('retry', reason);
      expect(find(gate, '[part~="steps"]')!.getAttribute('aria-label')).to.equal(en.stepsProgressLabel);
      const shown = steps(gate);
      shown.forEach(([status, text], index) => {
        const expectedStatus = index < failedAt[reason] ? 'done' : index === failedAt[reason] ? 'failed' : 'upcoming';
        expect(status, `step ${index + 1}`).to.equal(expectedStatus);
        if (status === 'done') expect(text).to.contain(`(${en.stepDone})`);
        if (status === 'failed') expect(text).to.contain(`(${en.stepFailed})`);
      });
      await expect(gate).to.be.accessible();
    });
  }

  it('retry for a reason the gate does not know: no steps, the general advice', async () => {
    const gate = await preview('retry', 'something_new');
    expect(find(gate, '[part~="steps"]')).to.equal(null);
    expect(find(gate, '[part~="body"]')!.textContent).to.contain(en.declineAdvice.other);
  });
});
