import { expect } from '@open-wc/testing';
import { gateFixture } from './support/fixtures.js';
import { finishFlow, flowParams, openFlow } from './support/persona-sandbox.js';

/** Entries an analytics script collecting resource timing would read from this page, that hold `secret`. */
const entriesHolding = (secret: string) =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => decodeURIComponent(url).includes(secret));

describe('identity data in resource timing', () => {
  for (const mode of ['modal', 'inline'] as const) {
    it(`the page's resource entries never hold the session token or fields (${mode})`, async () => {
      const gate = await gateFixture({ mode }, (g) => {
        g.removeAttribute('template-id');
        g.setAttribute('inquiry-id', 'inq_resumed');
      });
      gate.sessionToken = `sess_timing_${mode}`;
      gate.fields = { nameLast: `Quixote${mode}` };
      await openFlow(gate);

      // Persona received them…
      const params = await flowParams(gate);
      expect(params.get('session-token')).to.equal(`sess_timing_${mode}`);
      expect(params.toString()).to.contain(`Quixote${mode}`);
      // …and the page's timeline does not show them, while the flow is open or after it closed.
      expect(entriesHolding(`sess_timing_${mode}`)).to.deep.equal([]);
      expect(entriesHolding(`Quixote${mode}`)).to.deep.equal([]);
      const verified = new Promise((resolve) => gate.addEventListener('idv-verified', resolve, { once: true }));
      finishFlow(gate, 'complete');
      await verified;
      expect(entriesHolding(`sess_timing_${mode}`)).to.deep.equal([]);
      expect(entriesHolding(`Quixote${mode}`)).to.deep.equal([]);
    });
  }
});
