import { expect, oneEvent } from '@open-wc/testing';
import { gateFixture, gatedContentShown, untilSettled } from './support/fixtures.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { statusUrl } from './support/backend-scenarios.js';

// Room for every download of this page: past the default 250 entries the browser records no more,
// and these tests would see nothing.
performance.setResourceTimingBufferSize(100_000);

/** Paths of everything the page downloaded. */
const loadedPaths = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const personaPaths = () => loadedPaths().filter((path) => path.includes('persona/dist'));
/** The screens, the flow's code, the translations: what only a person who must verify needs. */
const flowPaths = () =>
  loadedPaths().filter((path) => /\/src\/lazy\/|\/src\/i18n\/(locales|en)/.test(path));

/** Time enough for a gate on screen to warm Persona when the browser is idle, if it were going to. */
const afterIdleWarm = () => new Promise((resolve) => setTimeout(resolve, 500));

describe('a person who is already verified', () => {
  before(() => startBackend());
  afterEach(() => worker.resetHandlers());

  for (const prewarm of ['intent', 'assets', 'none'] as const) {
    it(`prewarm="${prewarm}": sees the feature at once and never downloads the Persona SDK or the flow`, async () => {
      const persona: string[] = [];
      worker.events.on('request:start', ({ request }) => {
        if (request.url.includes('/node_modules/persona/')) persona.push(request.url);
      });
      const log = useScenario('already-verified');

      let verified: Promise<CustomEvent> | undefined;
      const gate = await gateFixture({ statusUrl }, (g) => {
        g.setAttribute('prewarm', prewarm);
        verified = oneEvent(g, 'idv-verified');
      });
      expect((await verified!).detail).to.deep.equal({ confirmedBy: 'server' });
      await gate.updateComplete;
      gate.scrollIntoView();
      await afterIdleWarm();

      expect(gate.state).to.equal('verified');
      expect(gatedContentShown(gate)).to.be.true;
      expect(log.statusRequests).to.have.length(1);
      expect(persona).to.deep.equal([]);
      expect(personaPaths()).to.deep.equal([]);
      // Nor the screens, the flow's code or any translation: only what shows the feature.
      expect(flowPaths()).to.deep.equal([]);
      expect(document.querySelector('iframe, link[rel="preconnect"]')).to.equal(null);
    });
  }

  it('a person who asked to save data gets nothing of Persona loaded because a gate is on screen', async function () {
    this.timeout(10_000);
    Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true });
    try {
      const gate = await gateFixture();
      gate.scrollIntoView();
      // Its visibility reported, then its idle callback (run within 2 s however busy the browser is), then the download.
      for (let i = 0; i < 2; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 2600));
      expect(gate.state).to.equal('locked');
      expect(personaPaths()).to.deep.equal([]);
      expect(loadedPaths().filter((path) => /\/src\/lazy\/(flow|persona)\//.test(path))).to.deep.equal([]);
    } finally {
      delete (navigator as { connection?: unknown }).connection;
    }
  });

  // Last, as it downloads what the tests above must not: proves they would see it.
  it('while a person who must verify, on the same page, gets Persona ready once the gate is seen', async () => {
    const log = useScenario('approve');
    const gate = await gateFixture({ statusUrl });
    await untilSettled(gate);
    gate.scrollIntoView();
    while (personaPaths().length === 0) await afterIdleWarm();
    expect(gate.state).to.equal('locked');
    expect(flowPaths()).not.to.deep.equal([]);
    expect(log.statusRequests).to.have.length(1);
  });
});
