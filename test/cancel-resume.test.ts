import { expect, oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { button, gateFixture, heading } from './support/fixtures.js';
import { finishFlow, flowFrame, flowParams, openFlow } from './support/persona-sandbox.js';

/** Opens a gate's flow and leaves it, as a person closing Persona's window; returns the inquiry left. */
async function leaveFlow(): Promise<{ gate: IdVerificationGate; inquiryId: string }> {
  const gate = await gateFixture();
  await openFlow(gate);
  const cancelled = oneEvent(gate, 'idv-cancel');
  finishFlow(gate, 'exit');
  const { inquiryId } = (await cancelled).detail;
  await gate.updateComplete;
  return { gate, inquiryId };
}

describe('leaving the flow', () => {
  it('offers Resume, which reopens the same inquiry', async () => {
    const { gate, inquiryId } = await leaveFlow();

    expect(inquiryId).to.match(/^inq_sandbox_/);
    expect(gate.state).to.equal('cancelled');
    expect(heading(gate)).to.equal('Verification paused');
    expect(flowFrame(gate)).to.equal(null);

    const started = oneEvent(gate, 'idv-start');
    await openFlow(gate, () => button(gate, 'Resume').click());
    expect((await started).detail.inquiryId).to.equal(inquiryId);

    const params = await flowParams(gate);
    expect(params.get('inquiry-id')).to.equal(inquiryId);
    expect(params.get('session-token')).to.match(/^sess_sandbox_/);
    expect(params.has('inquiry-template-id')).to.be.false;

    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    expect((await verified).detail.inquiryId).to.equal(inquiryId);
  });

  it('Start over begins a new inquiry from the template', async () => {
    const { gate, inquiryId } = await leaveFlow();

    await openFlow(gate, () => button(gate, 'Start over').click());
    const params = await flowParams(gate);
    expect(params.get('inquiry-template-id')).to.equal('itmpl_sandbox');
    expect(params.has('inquiry-id')).to.be.false;
    expect(String(params)).not.to.contain(inquiryId);
    gate.remove();
  });

  it('cancel() from the host closes the open flow', async () => {
    const gate = await gateFixture();
    await openFlow(gate);
    const cancelled = oneEvent(gate, 'idv-cancel');
    gate.cancel();
    await cancelled;
    expect(gate.state).to.equal('cancelled');
    expect(document.querySelector('.persona-widget__overlay')).to.equal(null);
  });

  it('never puts the session token in the DOM or in events', async () => {
    const gate = await gateFixture();
    const details: unknown[] = [];
    for (const type of ['idv-cancel', 'idv-persona-event', 'idv-state-change'] as const) {
      gate.addEventListener(type, (e) => details.push(e.detail));
    }
    await openFlow(gate);
    const cancelled = oneEvent(gate, 'idv-cancel');
    finishFlow(gate, 'exit');
    await cancelled;
    await gate.updateComplete;

    expect(JSON.stringify(details)).not.to.contain('sess_');
    expect(gate.outerHTML + gate.shadowRoot!.innerHTML).not.to.contain('sess_');
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain('sess_');
  });
});
