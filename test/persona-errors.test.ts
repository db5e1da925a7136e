import { expect, oneEvent } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { PersonaErrorCodes } from '../src/eager/machine/errors.js';
import { button, gateFixture, heading } from './support/fixtures.js';
import { finishFlow, flowFrame, openFlow } from './support/persona-sandbox.js';

const permanent = ['invalid_config', 'inactive_template'];

describe('errors from the Persona flow', () => {
  for (const code of PersonaErrorCodes) {
    it(`shows Persona's ${code} in plain words`, async () => {
      const gate = await gateFixture();
      await openFlow(gate);
      const error = oneEvent(gate, 'idv-error');
      finishFlow(gate, 'error', { code, message: `sandbox says ${code}` });
      const { detail } = await error;
      await gate.updateComplete;

      const recoverable = !permanent.includes(code);
      expect(detail).to.deep.equal({ code, message: `sandbox says ${code}`, recoverable });
      expect(gate.state).to.equal('error');
      expect(heading(gate)).to.equal('Something went wrong');
      expect(flowFrame(gate)).to.equal(null);
      const body = gate.shadowRoot!.querySelector('[part~="body"]')!.textContent!;
      expect(body).to.equal(en.errorMessages[code]);
      expect(body).not.to.contain(code);
      if (recoverable) {
        expect(button(gate, 'Try again')).to.exist;
      } else {
        expect(gate.shadowRoot!.querySelector('button')).to.equal(null);
        expect(gate.shadowRoot!.querySelector('a[part~="link"]')!.getAttribute('href')).to.equal('/help/verify');
      }
    });
  }

  it('reports a camera that cannot start as camera_unavailable', async () => {
    const gate = await gateFixture();
    await openFlow(gate);
    const error = oneEvent(gate, 'idv-error');
    finishFlow(gate, 'load-camera-failed');
    const { detail } = await error;
    await gate.updateComplete;
    expect(detail.code).to.equal('camera_unavailable');
    expect(detail.recoverable).to.be.true;
    expect(gate.shadowRoot!.textContent).to.contain('Allow camera access');
  });

  it('gives up on a flow that never loads with flow_timeout, and can try again', async () => {
    // Nothing listens on this port: the flow's iframe never says `load`, as when blocked or offline.
    const gate = await gateFixture({ personaHost: 'localhost:9', flowTimeout: 300 });
    const events: string[] = [];
    gate.addEventListener('idv-ready', () => events.push('ready'));
    const error = oneEvent(gate, 'idv-error');
    gate.start();
    const { detail } = await error;
    await gate.updateComplete;

    expect(detail.code).to.equal('flow_timeout');
    expect(detail.recoverable).to.be.true;
    expect(events).to.deep.equal([]);
    expect(gate.state).to.equal('error');
    expect(gate.shadowRoot!.textContent).to.contain('could not load');
    expect(document.querySelector('iframe')).to.equal(null);

    const again = oneEvent(gate, 'idv-start');
    button(gate, 'Try again').click();
    await again;
    expect(gate.state).to.equal('loading');
    gate.remove();
  });
});
