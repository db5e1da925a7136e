// End to end, nothing mocked: the real gate and Persona SDK in the browser, the
// flow in the local Persona sandbox, the package's own server handlers (mounted
// in the test server, test/support/gate-backend.mjs) against the Persona API
// stand-in, whose signed webhooks reach the handlers over HTTP.
import { expect, oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { button, gateFixture, heading, untilSettled } from './support/fixtures.js';
import { finishFlow, flowFrame, flowParams, openFlow } from './support/persona-sandbox.js';

const statusUrl = '/api/real/status';
const sessionUrl = '/api/real/session';

/** A person of their own per test: the server keeps their inquiries in the stand-in. */
const newPerson = () => `person-${crypto.randomUUID()}`;

/** A gate for `person`, who is "logged in" through a header the host's `identify` reads. */
async function gateFor(person: string, options: { sessionUrl?: string } = { sessionUrl }): Promise<IdVerificationGate> {
  const gate = await gateFixture({ statusUrl, ...options }, (g) => {
    g.requestInit = { headers: { 'x-demo-person': person } };
  });
  await untilSettled(gate);
  return gate;
}

/** What Persona decides for the person's next submissions. */
async function script(person: string, ...decisions: object[]): Promise<void> {
  const response = await fetch('/api/real/script', { method: 'POST', body: JSON.stringify({ person, decisions }) });
  expect(response.status).to.equal(200);
}

describe('the real server handlers, end to end', function () {
  // Each test runs one or two whole flows through two servers.
  this.timeout(20_000);

  it('browser → sandbox flow → handlers → webhook → unlock, confirmed by the server', async () => {
    const gate = await gateFor(newPerson());
    expect(gate.state).to.equal('locked');
    await openFlow(gate);
    expect((await flowParams(gate)).get('inquiry-id')).to.match(/^inq_/);

    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    const { detail } = await verified;
    expect(detail.confirmedBy).to.equal('server');
    expect(detail.inquiryId).to.match(/^inq_/);
    expect(gate.state).to.equal('verified');
    expect(gate.querySelector('#gated')!.checkVisibility()).to.be.true;
  });

  it('a decline for glare shows its advice and attempts left; Try again is a new inquiry, approved', async () => {
    const person = newPerson();
    await script(person, { status: 'declined', reason: 'glare' });
    const gate = await gateFor(person);
    await openFlow(gate);
    const first = (await flowParams(gate)).get('inquiry-id');

    const declined = oneEvent(gate, 'idv-declined');
    finishFlow(gate, 'fail');
    const { detail } = await declined;
    expect(detail).to.include({ reason: 'glare', attemptsRemaining: 2 });
    await gate.updateComplete;
    expect(gate.state).to.equal('retry');
    expect(gate.shadowRoot!.textContent).to.contain('2 attempts left');

    await openFlow(gate, () => button(gate, 'Try again').click());
    expect((await flowParams(gate)).get('inquiry-id')).not.to.equal(first);
    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    expect((await verified).detail.confirmedBy).to.equal('server');
  });

  it('a person already verified is unlocked on connect, without the flow', async () => {
    const person = newPerson();
    const first = await gateFor(person);
    await openFlow(first);
    const verified = oneEvent(first, 'idv-verified');
    finishFlow(first, 'complete');
    await verified;
    first.remove();

    const again = await gateFor(person);
    expect(again.state).to.equal('verified');
    expect(flowFrame(again)).to.equal(null);
  });

  it('no identity: the server answers 401 and the gate shows an error, never the content', async () => {
    const gate = await gateFixture({ statusUrl, sessionUrl });
    await untilSettled(gate);
    expect(gate.state).to.equal('error');
    expect(gate.verified).to.be.false;
    expect(heading(gate)).not.to.equal('');
  });

  it("another person's approved inquiry id never unlocks: the server answers 403", async () => {
    const bob = await gateFor(newPerson());
    await openFlow(bob);
    const bobVerified = oneEvent(bob, 'idv-verified');
    finishFlow(bob, 'complete');
    const bobsInquiry = (await bobVerified).detail.inquiryId!;
    bob.remove();

    // Mallory points her gate at Bob's inquiry and finishes the flow in the sandbox.
    const mallory = await gateFixture({ statusUrl }, (g) => {
      g.removeAttribute('template-id');
      g.setAttribute('inquiry-id', bobsInquiry);
      g.requestInit = { headers: { 'x-demo-person': newPerson() } };
    });
    await untilSettled(mallory);
    await openFlow(mallory);
    const failed = oneEvent(mallory, 'idv-error');
    finishFlow(mallory, 'complete');
    expect((await failed).detail.code).to.equal('bad_response');
    expect(mallory.verified).to.be.false;
    expect(mallory.querySelector('#gated')!.checkVisibility()).to.be.false;
  });
});
