import { expect } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { flowOrigin } from '../src/lazy/persona/flow-origin.js';
import { attackerInquiryId, delivered, forgedComplete, frameOnPageOrigin, frameOnPersonaOrigin } from './support/attacker.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { statusUrl, type ServerLog } from './support/backend-scenarios.js';
import { gateFixture, recordEvents, untilSettled } from './support/fixtures.js';
import { finishFlow, flowFrame, openFlow, sandboxOrigin } from './support/persona-sandbox.js';

/** An open flow, and what a host page would notice if a forged message got through. */
async function openGate(mode: 'modal' | 'inline', withServer: boolean) {
  const log: ServerLog | undefined = withServer ? useScenario('approve') : undefined;
  const gate = await gateFixture({ mode, ...(withServer && { statusUrl }) });
  await untilSettled(gate);
  const events = recordEvents(gate);
  await openFlow(gate);
  await gate.updateComplete;
  events.splice(0); // from here on, every event would be the attacker's doing
  return { gate, events, log, frame: flowFrame(gate)! };
}

/** A `message` event made by a page script, as close to the flow's own as the browser lets it be. */
function forgedEvent(origin: string, source: Window): MessageEvent {
  try {
    return new MessageEvent('message', { data: forgedComplete, origin, source });
  } catch {
    // Firefox refuses another origin's window as the source of a constructed event.
    return new MessageEvent('message', { data: forgedComplete, origin });
  }
}

/** Nothing changed: no event, the person's own flow still open on screen, the server not asked. */
async function expectUntouched(opened: Awaited<ReturnType<typeof openGate>>): Promise<void> {
  const { gate, events, log, frame } = opened;
  await gate.updateComplete;
  expect(events.map((e) => e.type)).to.deep.equal([]);
  expect(gate.state).to.equal('in-progress');
  expect(gate.verified).to.be.false;
  expect(flowFrame(gate)).to.equal(frame);
  if (gate.mode === 'modal') expect(gate.shadowRoot!.querySelector('dialog')!.open).to.be.true;
  expect(log?.statusRequests.filter((url) => url.searchParams.has('inquiry-id')) ?? []).to.deep.equal([]);
}

/** The person's real flow still finishes, and only its own inquiry is judged. */
async function expectRealFlowFinishes(opened: Awaited<ReturnType<typeof openGate>>): Promise<void> {
  const { gate, log } = opened;
  const verified = new Promise((resolve) => gate.addEventListener('idv-verified', resolve, { once: true }));
  finishFlow(gate, 'complete');
  await verified;
  const asked = log?.statusRequests.map((url) => url.searchParams.get('inquiry-id')).filter(Boolean) ?? [];
  expect(asked.join()).not.to.contain(attackerInquiryId);
}

describe('only the flow’s own frame can speak', () => {
  const attackers: HTMLIFrameElement[] = [];
  before(() => startBackend());
  afterEach(() => {
    worker.resetHandlers();
    for (const frame of attackers.splice(0)) frame.remove();
  });

  for (const mode of ['modal', 'inline'] as const) {
    for (const withServer of [false, true]) {
      const judge = withServer ? 'status-url' : 'no server';
      it(`a frame on Persona's origin posting complete unlocks nothing (${mode}, ${judge})`, async () => {
        const opened = await openGate(mode, withServer);
        const attacker = await frameOnPersonaOrigin();
        attackers.push(attacker.frame);
        await attacker.sendComplete();
        await expectUntouched(opened);
        await expectRealFlowFinishes(opened);
      });
    }

    it(`a frame on the page's own origin posting complete unlocks nothing (${mode})`, async () => {
      const opened = await openGate(mode, false);
      const attacker = await frameOnPageOrigin();
      attackers.push(attacker.frame);
      await attacker.sendComplete();
      await expectUntouched(opened);
      await expectRealFlowFinishes(opened);
    });

    it(`the page posting or dispatching a forged complete unlocks nothing (${mode})`, async () => {
      const opened = await openGate(mode, false);
      const arrived = delivered(window);
      window.postMessage(forgedComplete, '*');
      await arrived;
      // Forged events can claim any origin, and even the flow's own window as their source.
      for (const origin of ['', sandboxOrigin]) dispatchEvent(forgedEvent(origin, opened.frame.contentWindow!));
      await expectUntouched(opened);
      await expectRealFlowFinishes(opened);
    });
  }
});

describe('the flow’s frame', () => {
  it('holds no identity data in the page: no URL with the session token or fields in the DOM', async () => {
    const gate: IdVerificationGate = await gateFixture({ mode: 'inline' });
    gate.sessionToken = 'sess_secret_in_dom';
    gate.fields = { nameFirst: 'Zelda' };
    await openFlow(gate);
    const frame = flowFrame(gate)!;
    expect(frame.getAttribute('src')).to.equal(null);
    // Persona's sandbox flags, set again before the frame went to Persona (they apply from that load on).
    expect(frame.getAttribute('sandbox')).to.contain('allow-scripts allow-same-origin allow-popups');
    expect(gate.shadowRoot!.innerHTML).not.to.contain('sess_secret_in_dom');
    expect(gate.shadowRoot!.innerHTML).not.to.contain('Zelda');
  });
});

describe('the origin the flow may speak from', () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://inquiry.withpersona.com/widget?x=1', 'https://inquiry.withpersona.com'],
    ['https://verify.acme.com:8443/widget', 'https://verify.acme.com:8443'],
    ['http://localhost:8123/widget', 'http://localhost:8123'],
    ['http://127.0.0.1:8123/widget', 'http://127.0.0.1:8123'],
    ['http://[::1]:8123/widget', 'http://[::1]:8123'],
    ['http://inquiry.withpersona.com/widget', undefined],
    ['http://verify.acme.com/widget', undefined],
    ['http://localhost.acme.com/widget', undefined],
    ['data:text/html,x', undefined],
  ];
  for (const [url, origin] of cases) {
    it(`${url} → ${origin ?? 'refused'}`, () => {
      if (origin) expect(flowOrigin(url)).to.equal(origin);
      else expect(() => flowOrigin(url)).to.throw(/https/);
    });
  }
});
