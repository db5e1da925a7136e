import { expect, oneEvent } from '@open-wc/testing';
import { button, gateFixture, gatedContentShown, heading } from './support/fixtures.js';
import { finishFlow, flowParams, openFlow } from './support/persona-sandbox.js';

describe('a failed attempt', () => {
  it('guides the person to retry, counts attempts, then points to support', async () => {
    const gate = await gateFixture({ maxAttempts: 2 });

    await openFlow(gate);
    const declined = oneEvent(gate, 'idv-declined');
    finishFlow(gate, 'fail');
    const first = (await declined).detail;
    await gate.updateComplete;

    expect(first.attempt).to.equal(1);
    expect(first.attemptsRemaining).to.equal(1);
    expect(first.inquiryId).to.match(/^inq_sandbox_/);
    expect(gate.state).to.equal('retry');
    expect(heading(gate)).to.equal("We couldn't verify your identity");
    expect(gate.shadowRoot!.querySelector('[part~="attempts"]')!.textContent).to.equal('1 attempt left');
    expect(gate.shadowRoot!.activeElement).to.equal(gate.shadowRoot!.querySelector('[part~="heading"]'));

    const started = oneEvent(gate, 'idv-start');
    await openFlow(gate, () => button(gate, 'Try again').click());
    expect((await started).detail.attempt).to.equal(2);

    const exhausted = oneEvent(gate, 'idv-exhausted');
    finishFlow(gate, 'fail');
    expect((await exhausted).detail).to.deep.equal({ attempts: 2 });
    await gate.updateComplete;

    expect(gate.state).to.equal('exhausted');
    expect(heading(gate)).to.equal('No attempts left');
    const support = gate.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="link"]')!;
    expect(support.textContent).to.equal('Contact support');
    expect(support.getAttribute('href')).to.equal('/help/verify');
    expect(gate.shadowRoot!.querySelector('button')).to.equal(null);
    expect(gatedContentShown(gate)).to.be.false;
  });

  it('starts a new inquiry on retry, not the failed one', async () => {
    const gate = await gateFixture();
    await openFlow(gate);
    const declined = oneEvent(gate, 'idv-declined');
    finishFlow(gate, 'fail');
    const failedInquiry = (await declined).detail.inquiryId;
    await gate.updateComplete;

    const started = oneEvent(gate, 'idv-start');
    await openFlow(gate, () => gate.retry());
    expect((await started).detail.inquiryId).to.equal(undefined);
    const params = await flowParams(gate);
    expect(params.get('inquiry-template-id')).to.equal('itmpl_sandbox');
    expect(String(params)).not.to.contain(failedInquiry);
    gate.remove();
  });
});
