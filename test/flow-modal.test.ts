import { expect, oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { button, gateFixture, recordEvents } from './support/fixtures.js';
import { press } from './support/keyboard.js';
import { flowFrame, flowParams, openFlow, sandboxOrigin } from './support/persona-sandbox.js';

const dialogOf = (gate: IdVerificationGate) => gate.shadowRoot!.querySelector('dialog');

/** What has keyboard focus, looking through the gate's shadow root. */
const focused = (gate: IdVerificationGate) =>
  document.activeElement === gate ? gate.shadowRoot!.activeElement : document.activeElement;

/** A gate whose modal flow is open. */
async function openModal(): Promise<IdVerificationGate> {
  const gate = await gateFixture();
  await openFlow(gate);
  await gate.updateComplete;
  return gate;
}

/** After the person left: the cancelled screen with Resume, focus on its heading, no modal. */
async function expectLeft(gate: IdVerificationGate): Promise<void> {
  await gate.updateComplete;
  expect(gate.state).to.equal('cancelled');
  expect(dialogOf(gate)).to.equal(null);
  expect(button(gate, 'Resume')).to.exist;
  expect(focused(gate)?.getAttribute('part')).to.equal('heading');
}

describe("modal mode: the gate's own dialog around Persona's flow", () => {
  it('opens as a modal with the flow focused, and adds nothing to the page', async () => {
    const gate = await gateFixture();
    const head = document.head.innerHTML;
    const body = [...document.body.children];
    await openFlow(gate);
    await gate.updateComplete;
    const dialog = dialogOf(gate)!;
    expect(dialog.open).to.be.true;
    expect(dialog.matches(':modal')).to.be.true;
    expect(dialog.getAttribute('aria-label')).to.equal('Verify your identity');
    expect(dialog.contains(flowFrame(gate))).to.be.true;
    expect(focused(gate)).to.equal(flowFrame(gate));
    expect(document.head.innerHTML).to.equal(head);
    expect([...document.body.children]).to.deep.equal(body);
  });

  it('Escape on the modal leaves the flow as Persona’s close did: Resume picks up the same inquiry', async () => {
    const gate = await gateFixture();
    // A person presses Start (a user activation: browsers then let the modal wait for Persona's answer).
    button(gate, 'Start verification').focus();
    await openFlow(gate, () => void press('Enter'));
    await gate.updateComplete;
    // Keys inside Persona's frame are Persona's; a person who tabbed back to the modal's Cancel presses Escape.
    dialogOf(gate)!.querySelector('button')!.focus();
    const cancelled = oneEvent(gate, 'idv-cancel');
    await press('Escape');
    const { inquiryId } = (await cancelled).detail;
    await expectLeft(gate);

    await openFlow(gate, () => button(gate, 'Resume').click());
    expect(inquiryId).to.match(/^inq_sandbox_/);
    const resumed = await flowParams(gate);
    expect(resumed.get('inquiry-id')).to.equal(inquiryId);
    // Persona's own `exit` answered the Escape, with the session token Resume needs.
    expect(resumed.get('session-token')).to.match(/^sess_sandbox_/);
    expect(dialogOf(gate)!.open).to.be.true;
  });

  it('its Cancel button leaves the flow', async () => {
    const gate = await openModal();
    const cancelled = oneEvent(gate, 'idv-cancel');
    dialogOf(gate)!.querySelector('button')!.click();
    await cancelled;
    await expectLeft(gate);
  });

  it('closed without the gate (as a browser does on a repeated Escape), the person has left, even if Persona is silent', async () => {
    const gate = await openModal();
    const events = recordEvents(gate);
    // Persona stops answering: the gate cannot wait for its `exit`.
    flowFrame(gate)!.contentWindow!.postMessage({ action: 'destroy' }, sandboxOrigin);
    const cancelled = oneEvent(gate, 'idv-cancel');
    dialogOf(gate)!.close();
    await cancelled;
    await expectLeft(gate);
    expect(events.filter((e) => e.type === 'idv-cancel')).to.have.length(1);
  });

  it('keeps the page behind from scrolling while open, and gives the page its own overflow back', async () => {
    const root = document.documentElement.style;
    root.overflow = 'clip';
    try {
      const gate = await openModal();
      expect(getComputedStyle(document.documentElement).overflow).to.equal('hidden');
      const cancelled = oneEvent(gate, 'idv-cancel');
      gate.cancel();
      await cancelled;
      expect(root.overflow).to.equal('clip');
    } finally {
      root.overflow = '';
    }
  });
});

describe('a flow that cannot be seen', () => {
  for (const mode of ['modal', 'inline'] as const) {
    it(`is reported, not claimed open: a hidden gate (${mode}) shows flow_timeout at once`, async () => {
      const gate = await gateFixture({ mode, flowTimeout: 60_000 });
      gate.hidden = true;
      const failed = oneEvent(gate, 'idv-error');
      gate.start();
      const { code, recoverable } = (await failed).detail;
      await gate.updateComplete;
      expect({ code, recoverable }).to.deep.equal({ code: 'flow_timeout', recoverable: true });
      expect(gate.state).to.equal('error');
      expect(gate.shadowRoot!.querySelector('iframe, dialog')).to.equal(null);
      expect(getComputedStyle(document.documentElement).overflow).not.to.equal('hidden');
    });
  }
});
