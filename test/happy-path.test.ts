import { expect, oneEvent } from '@open-wc/testing';
import { button, gateFixture, gatedContentShown, heading, recordEvents } from './support/fixtures.js';
import { finishFlow, flowFrame, flowParams } from './support/persona-sandbox.js';

describe('a person verifies in the modal flow', () => {
  it('unlocks the gated content only after idv-verified, with events in order', async () => {
    const gate = await gateFixture();
    const events = recordEvents(gate);
    expect(gate.state).to.equal('locked');
    expect(heading(gate)).to.equal('Verify your identity to continue');
    expect(gatedContentShown(gate)).to.be.false;

    const ready = oneEvent(gate, 'idv-ready');
    button(gate, 'Start verification').click();
    await ready;
    expect(gate.state).to.equal('in-progress');
    expect((await flowParams(gate)).get('inquiry-template-id')).to.equal('itmpl_sandbox');
    expect(gatedContentShown(gate)).to.be.false;

    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    const { detail } = await verified;
    await gate.updateComplete;

    expect(detail.confirmedBy).to.equal('client');
    expect(detail.inquiryId).to.match(/^inq_sandbox_/);
    expect(gate.state).to.equal('verified');
    expect(gate.hasAttribute('verified')).to.be.true;
    expect(gatedContentShown(gate)).to.be.true;
    expect(events.map((e) => e.type)).to.deep.equal([
      'idv-state-change', // locked → loading
      'idv-start',
      'idv-ready',
      'idv-state-change', // loading → in-progress
      'idv-complete',
      'idv-state-change', // in-progress → verified
      'idv-verified',
    ]);
    expect(flowFrame(gate)).to.equal(null);
    expect(JSON.stringify(events)).not.to.contain('Alex');
  });
});
