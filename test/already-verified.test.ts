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
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.filter((path) => path.includes('persona/dist'))).to.deep.equal([]);
    // Nor the screens, the flow's code or any translation: only what shows the feature.
    expect(loaded.filter((path) => /\/src\/flow\/|\/src\/i18n\/(locales|en)|\/src\/gate\/(screens|gate-ui)/.test(path))).to.deep.equal([]);
    expect(document.querySelector('iframe')).to.equal(null);
  });
});
