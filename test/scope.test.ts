import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { IdVerificationGate } from '../src/index.js';
import { gateFixture, gatedContentShown, uniqueScope, untilSettled } from './support/fixtures.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { statusUrl } from './support/backend-scenarios.js';
import { finishFlow, openFlow } from './support/persona-sandbox.js';

/** Another tab of this origin, as the gate hears it. */
function otherTab(message: unknown): void {
  const channel = new BroadcastChannel('id-verification-gate');
  channel.postMessage(message);
  channel.close();
}

describe('gates of one scope', () => {
  before(() => startBackend());
  afterEach(() => worker.resetHandlers());

  it('three gates share one status request and one verification', async () => {
    const log = useScenario('approve');
    const scope = uniqueScope();
    const gates = await Promise.all([1, 2, 3].map(() => gateFixture({ statusUrl, scope })));
    await Promise.all(gates.map(untilSettled));
    expect(log.statusRequests.filter((url) => !url.searchParams.has('inquiry-id'))).to.have.length(1);
    expect(gates.map((g) => g.state)).to.deep.equal(['locked', 'locked', 'locked']);

    const [first, ...others] = gates as [IdVerificationGate, IdVerificationGate, IdVerificationGate];
    const shared = others.map((g) => oneEvent(g, 'idv-verified'));
    await openFlow(first);
    const verified = oneEvent(first, 'idv-verified');
    finishFlow(first, 'complete');

    expect((await verified).detail.confirmedBy).to.equal('server');
    for (const event of await Promise.all(shared)) expect(event.detail).to.deep.equal({ confirmedBy: 'shared' });
    await Promise.all(gates.map((g) => g.updateComplete));
    expect(gates.every(gatedContentShown)).to.be.true;
    expect(log.statusRequests).to.have.length(2); // the shared check on connect, and the one about the inquiry
  });

  it('a gate added after its scope was verified unlocks at once, asking nobody', async () => {
    const log = useScenario('approve');
    const scope = uniqueScope();
    const first = await gateFixture({ scope });
    await openFlow(first);
    const verified = oneEvent(first, 'idv-verified');
    finishFlow(first, 'complete');
    await verified;

    const late = await gateFixture({ statusUrl, scope });
    expect(late.state).to.equal('verified');
    expect(log.statusRequests).to.deep.equal([]);
  });

  it('gates of other scopes stay locked', async () => {
    const first = await gateFixture();
    const other = await gateFixture();
    await openFlow(first);
    const verified = oneEvent(first, 'idv-verified');
    finishFlow(first, 'complete');
    await verified;
    expect(other.state).to.equal('locked');
  });

  it('another tab verifying the scope unlocks a gate without a server', async () => {
    const scope = uniqueScope();
    const gate = await gateFixture({ scope });
    const verified = oneEvent(gate, 'idv-verified');
    otherTab({ scope, status: 'verified' });
    expect((await verified).detail).to.deep.equal({ confirmedBy: 'shared' });
  });

  it('with a server, another tab only makes the gate ask the server again', async () => {
    let answer = 'unverified';
    let requests = 0;
    worker.use(
      http.get(statusUrl, () => {
        requests += 1;
        return HttpResponse.json({ status: answer });
      }),
    );
    const scope = uniqueScope();
    const gate = await gateFixture({ statusUrl, scope });
    await untilSettled(gate);
    expect(gate.state).to.equal('locked');

    answer = 'approved';
    const verified = oneEvent(gate, 'idv-verified');
    otherTab({ scope, status: 'verified' });
    expect((await verified).detail).to.deep.equal({ confirmedBy: 'server' });
    expect(requests).to.equal(2);
  });

  it('ignores tab messages that are not a verified scope', async () => {
    const scope = uniqueScope();
    const gate = await gateFixture({ scope });
    otherTab({ scope, status: 'approved', sessionToken: 'x' });
    otherTab('verified');
    otherTab(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gate.state).to.equal('locked');
  });

  it('two gates of one scope never open two flows at once', async () => {
    const scope = uniqueScope();
    const first = await gateFixture({ scope });
    const second = await gateFixture({ scope });
    await openFlow(first);
    await openFlow(second);
    expect(first.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(second.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
    expect(first.state).to.equal('cancelled');
  });
});
