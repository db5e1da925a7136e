import { expect, oneEvent } from '@open-wc/testing';
import { gateFixture, gatedContentShown } from './support/fixtures.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { statusUrl } from './support/backend-scenarios.js';

describe('a person who is already verified', () => {
  before(() => startBackend());
  after(() => worker.resetHandlers());

  it('sees the feature at once and never downloads the Persona SDK', async () => {
    const persona: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (request.url.includes('/node_modules/persona/')) persona.push(request.url);
    });
    const log = useScenario('already-verified');

    let verified: Promise<CustomEvent> | undefined;
    const gate = await gateFixture({ statusUrl }, (g) => (verified = oneEvent(g, 'idv-verified')));
    expect((await verified!).detail).to.deep.equal({ confirmedBy: 'server' });
    await gate.updateComplete;

    expect(gate.state).to.equal('verified');
    expect(gatedContentShown(gate)).to.be.true;
    expect(log.statusRequests).to.have.length(1);
    expect(persona).to.deep.equal([]);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(loaded.filter((url) => url.includes('persona/dist'))).to.deep.equal([]);
    expect(document.querySelector('iframe')).to.equal(null);
  });
});
