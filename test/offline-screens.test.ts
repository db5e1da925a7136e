import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import { startBackend, worker } from './support/backend.js';

describe('screens that cannot be downloaded', () => {
  before(() => startBackend());
  after(() => worker.resetHandlers());

  it('says so instead of spinning, and shows the briefing once the browser is back online', async () => {
    // The gate's screens and words are lazy modules; the network drops before the first one loads.
    worker.use(http.get(/\/src\/gate\/gate-ui\.ts/, () => HttpResponse.error()));
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate template-id="itmpl_a"></id-verification-gate>`);
    await gate.updateComplete;
    expect(gate.state).to.equal('locked');
    expect(gate.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.equal(
      'Identity verification could not load. Check your connection.',
    );

    worker.resetHandlers();
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => gate.shadowRoot!.querySelector('[part~="heading"]')?.textContent === 'Verify your identity to continue');
    await expect(gate).to.be.accessible();
  });
});
