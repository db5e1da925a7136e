import { expect, oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { gateFixture } from './support/fixtures.js';
import { eventually } from './support/eventually.js';
import { press } from './support/keyboard.js';
import { finishFlow, flowFrame } from './support/persona-sandbox.js';

/** What has keyboard focus, looking through the gate's shadow root. */
function focused(gate: IdVerificationGate): Element | null {
  return document.activeElement === gate ? gate.shadowRoot!.activeElement : document.activeElement;
}

const text = (element: Element | null) => element?.textContent?.trim();

/** Focus moves into the flow in the modal, within a few frames of it showing. */
const focusInFlow = (gate: IdVerificationGate) =>
  eventually(() => focused(gate) === flowFrame(gate), 'focus moves into the flow in the modal');

describe('by keyboard alone', () => {
  it('Start → flow → retry → Try again → verified, with focus where a person expects it', async () => {
    const gate = await gateFixture();
    gate.insertAdjacentHTML('beforeend', '<button id="feature">Open advanced tools</button>');
    const announcer = gate.shadowRoot!.querySelector('[role="status"]')!;

    await press('Tab');
    expect(text(focused(gate))).to.equal('Start verification');

    let ready = oneEvent(gate, 'idv-ready');
    await press('Enter');
    await ready;
    await gate.updateComplete;
    await focusInFlow(gate);

    const declined = oneEvent(gate, 'idv-declined');
    finishFlow(gate, 'fail');
    await declined;
    await gate.updateComplete;
    expect(focused(gate)?.getAttribute('part')).to.equal('heading');
    expect(text(focused(gate))).to.equal("We couldn't verify your identity");
    expect(announcer.textContent).to.equal("We couldn't verify your identity");

    await press('Tab');
    expect(text(focused(gate))).to.equal('Try again');
    ready = oneEvent(gate, 'idv-ready');
    await press('Enter');
    await ready;
    await gate.updateComplete;
    // The flow was prepared while the person was on Try again: Firefox lets it take focus a frame late.
    await focusInFlow(gate);

    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    await verified;
    await gate.updateComplete;
    expect(text(focused(gate))).to.equal('Identity verified');
    expect(announcer.textContent).to.equal('Identity verified');

    await press('Tab');
    expect(document.activeElement?.id).to.equal('feature');
  });

  it('the gated content cannot be reached or seen before verification', async () => {
    const gate = await gateFixture();
    gate.insertAdjacentHTML('beforeend', '<button id="feature">Open advanced tools</button>');
    const feature = gate.querySelector<HTMLButtonElement>('#feature')!;
    // The page goes on after the gate (Tab past a page's last control leaves the page in Firefox).
    const next = Object.assign(document.createElement('button'), { textContent: 'Next on the page' });
    gate.after(next);
    try {
      expect(feature.checkVisibility()).to.be.false;
      await press('Tab');
      expect(text(focused(gate))).to.equal('Start verification');
      await press('Tab');
      expect(document.activeElement).to.equal(next, 'Tab skips the gated content');
      feature.focus();
      expect(document.activeElement).not.to.equal(feature, 'a script cannot focus it either (WebKit could, unslotted)');
    } finally {
      next.remove();
    }
  });

  it('announces each state change once, and nothing on first load', async () => {
    const gate = await gateFixture();
    const announcer = gate.shadowRoot!.querySelector('[role="status"]')!;
    expect(announcer.textContent).to.equal('');
    const said: string[] = [];
    new MutationObserver(() => said.push(announcer.textContent ?? '')).observe(announcer, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    const ready = oneEvent(gate, 'idv-ready');
    gate.start();
    await ready;
    const cancelled = oneEvent(gate, 'idv-cancel');
    finishFlow(gate, 'exit');
    await cancelled;
    await gate.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    expect(said).to.deep.equal(['Opening verification', 'Verification in progress', 'Verification paused']);
  });

  it('keeps the Start button reachable and its focus ring visible', async () => {
    const gate = await gateFixture();
    await press('Tab');
    const start = focused(gate) as HTMLElement;
    expect(start.matches(':focus-visible')).to.be.true;
    expect(getComputedStyle(start).outlineStyle).to.equal('solid');
  });
});
