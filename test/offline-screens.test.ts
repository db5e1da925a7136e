import { expect, fixture, html } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../src/index.js';
import './support/test-page.js';
import type { IdVerificationGate } from '../src/index.js';
import { startBackend, worker } from './support/backend.js';
import { eventually } from './support/eventually.js';

describe('screens that cannot be downloaded', () => {
  before(() => startBackend());
  after(() => worker.resetHandlers());

  it('says so instead of spinning, and shows the briefing once the browser is back online', async () => {
    // The gate's screens and words are lazy modules; the network drops before the first one loads.
    worker.use(http.get(/\/src\/lazy\/screens\/gate-ui\.ts/, () => HttpResponse.error()));
    const gate = await fixture<IdVerificationGate>(html`<id-verification-gate template-id="itmpl_a"></id-verification-gate>`);
    await gate.updateComplete;
    expect(gate.state).to.equal('locked');
    expect(gate.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.equal(
      'Identity verification could not load. Check your connection.',
    );

    worker.resetHandlers();
    window.dispatchEvent(new Event('online'));
    await eventually(() => gate.shadowRoot!.querySelector('[part~="heading"]')?.textContent === 'Verify your identity to continue');
    await expect(gate).to.be.accessible();
  });

  it('a locale that could not be downloaded is downloaded again when next needed', async () => {
    const heading = (gate: IdVerificationGate) => gate.shadowRoot!.querySelector('[part~="heading"]')?.textContent;
    worker.use(http.get(/\/src\/i18n\/locales\/de\.ts/, () => HttpResponse.error()));
    const offline = await fixture<IdVerificationGate>(html`<id-verification-gate lang="de" template-id="itmpl_a"></id-verification-gate>`);
    await eventually(() => heading(offline) === 'Verify your identity to continue', 'English while German cannot load');

    worker.resetHandlers();
    const online = await fixture<IdVerificationGate>(html`<id-verification-gate lang="de" template-id="itmpl_a"></id-verification-gate>`);
    // Firefox would fail the same URL again without a request, and stay English.
    await eventually(() => heading(online) === 'Bestätigen Sie Ihre Identität, um fortzufahren', 'German once it can load');
  });
});
