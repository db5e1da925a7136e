import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { button, gateFixture, heading } from './support/fixtures.js';
import { worker, startBackend } from './support/backend.js';

/** The request the browser makes for the lazily imported Persona SDK module. */
const personaModule = /\/node_modules\/persona\//;

describe('loading the Persona SDK', () => {
  before(() => startBackend());
  afterEach(() => worker.resetHandlers());

  it('with prewarm="none", is not loaded until the person starts, then shows sdk_load_failed and really reloads on Try again', async () => {
    const requested: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      if (personaModule.test(request.url)) requested.push(request.url);
    });
    // The default prewarm loads the SDK once the gate is seen (test/prewarm.test.ts): here, only Start does.
    const gate = await gateFixture({}, (g) => g.setAttribute('prewarm', 'none'));
    expect(requested).to.deep.equal([]);

    worker.use(http.get(personaModule, () => HttpResponse.error()));
    const error = oneEvent(gate, 'idv-error');
    gate.start();
    const { detail } = await error;
    await gate.updateComplete;
    expect(detail.code).to.equal('sdk_load_failed');
    expect(detail.recoverable).to.be.true;
    expect(heading(gate)).to.equal('Something went wrong');
    expect(gate.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.contain('ad blocker or firewall');
    expect(requested).to.have.length(1);

    worker.resetHandlers();
    const ready = oneEvent(gate, 'idv-ready');
    button(gate, 'Try again').click();
    await ready;
    expect(gate.state).to.equal('in-progress');
    expect(requested.length).to.be.greaterThan(1);
    gate.remove();
  });
});
