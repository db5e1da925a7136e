import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { loadPersona } from '../src/lazy/persona/load-persona.js';
import { gateFixture, recordEvents, uniqueScope } from './support/fixtures.js';
import { finishFlow, flowParams, openFlow, sandboxHost } from './support/persona-sandbox.js';
import { personaLeftovers, trackMessageListeners } from './support/leftovers.js';

/** The flow frames and modals of every gate on the page. */
function flowsOnPage(): { frames: number; dialogs: number } {
  const roots = [...document.querySelectorAll('id-verification-gate')].map((gate) => gate.shadowRoot!);
  return {
    frames: roots.reduce((n, root) => n + root.querySelectorAll('iframe').length, 0),
    dialogs: roots.reduce((n, root) => n + root.querySelectorAll('dialog').length, 0),
  };
}

describe('the element in a living page', () => {
  afterEach(() => {
    for (const gate of document.querySelectorAll('id-verification-gate')) gate.remove();
  });

  for (const mode of ['modal', 'inline'] as const) {
    it(`removing the gate mid-flow (${mode}) leaves no iframe, overlay, style or listener`, async () => {
      const listeners = trackMessageListeners();
      try {
        const gate = await gateFixture({ mode });
        await openFlow(gate);
        expect(personaLeftovers(gate)).not.to.deep.equal([]);
        expect(listeners.live()).to.equal(1);

        gate.remove();
        await gate.updateComplete;
        expect(personaLeftovers(gate)).to.deep.equal([]);
        expect(listeners.live()).to.equal(0);
        expect(getComputedStyle(document.documentElement).overflow).not.to.equal('hidden');
      } finally {
        listeners.restore();
      }
    });
  }

  it('removing the gate while the SDK loads opens no flow', async () => {
    const gate = await gateFixture();
    gate.start();
    gate.remove();
    await loadPersona();
    await new Promise(requestAnimationFrame);
    expect(personaLeftovers()).to.deep.equal([]);
  });

  it('start() twice opens one flow', async () => {
    const gate = await gateFixture();
    const events = recordEvents(gate);
    const ready = oneEvent(gate, 'idv-ready');
    gate.start();
    gate.start();
    await ready;
    gate.start();
    expect(events.filter((e) => e.type === 'idv-start')).to.have.length(1);
    expect(flowsOnPage()).to.deep.equal({ frames: 1, dialogs: 1 });
  });

  it('keeps one Persona flow per page: a second gate takes over and the first can resume', async () => {
    const first = await gateFixture();
    const second = await gateFixture();
    await openFlow(first);
    const firstCancelled = oneEvent(first, 'idv-cancel');
    await openFlow(second);
    await firstCancelled;
    await first.updateComplete;

    expect(first.state).to.equal('cancelled');
    expect(second.state).to.equal('in-progress');
    expect(flowsOnPage()).to.deep.equal({ frames: 1, dialogs: 1 });
    expect(second.shadowRoot!.querySelector('dialog')!.open).to.be.true;

    const verified = oneEvent(second, 'idv-verified');
    finishFlow(second, 'complete');
    await verified;
    expect(first.state).to.equal('cancelled');
  });

  it('a second registration of the tag does not throw', async () => {
    const { IdVerificationGate } = await import('../src/index.js');
    expect(() => IdVerificationGate.define()).not.to.throw();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Impostor extends HTMLElement {}
      customElements.define('impostor-gate', Impostor);
      expect(() => IdVerificationGate.define('impostor-gate')).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
  });
});

describe('inline mode', () => {
  it('renders the flow inside the gate and unlocks on complete', async () => {
    const gate = await gateFixture({ mode: 'inline' });
    await openFlow(gate);

    const frame = gate.shadowRoot!.querySelector<HTMLIFrameElement>('[part~="flow"] iframe');
    expect(frame).to.exist;
    expect((await flowParams(gate)).get('flow-type')).to.equal('inline');
    expect(gate.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(gate.state).to.equal('in-progress');

    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    await verified;
    await gate.updateComplete;
    expect(gate.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(gate.state).to.equal('verified');
  });

  it('forwards Persona events for analytics without identity fields', async () => {
    const gate = await fixture<IdVerificationGate>(html`
      <id-verification-gate
        template-id="itmpl_sandbox"
        persona-host=${sandboxHost}
        mode="inline"
        scope=${uniqueScope()}
      ></id-verification-gate>
    `);
    const names: string[] = [];
    const metadata: unknown[] = [];
    gate.addEventListener('idv-persona-event', (e) => {
      names.push(e.detail.name);
      metadata.push(e.detail.metadata);
    });
    await openFlow(gate);
    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    await verified;

    expect(names).to.include.members(['load', 'ready', 'start', 'page-change', 'complete']);
    expect(JSON.stringify(metadata)).to.contain('inq_sandbox_');
    expect(JSON.stringify(metadata)).not.to.contain('Alex');
    expect(JSON.stringify(metadata)).not.to.contain('1990-01-01');
  });
});
