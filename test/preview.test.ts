import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import '../src/index.js';
import type { IdVerificationGate } from '../src/index.js';
import { gateFixture, idvEventTypes as eventTypes, gatedContentShown, heading, recordEvents, uniqueScope, untilSettled } from './support/fixtures.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { sessionUrl, statusUrl } from './support/backend-scenarios.js';
import { finishFlow, flowFrame, openFlow } from './support/persona-sandbox.js';
import { en } from '../src/i18n/en.js';
import { GateErrorCodes, PersonaErrorCodes } from '../src/eager/machine/errors.js';
import { BlockReasons, DeclineReasons } from '../src/protocol/reasons.js';

async function preview(state: string, detail?: string): Promise<string> {
  const gate = await fixture<IdVerificationGate>(
    html`<id-verification-gate preview-state=${state} preview-detail=${detail ?? ''}></id-verification-gate>`,
  );
  await gate.updateComplete;
  return gate.shadowRoot!.querySelector('[part~="body"]')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('preview-detail: the sample a preview shows', () => {
  for (const reason of DeclineReasons) {
    it(`retry for ${reason}`, async () => {
      expect(await preview('retry', reason)).to.contain(en.declineAdvice[reason]);
    });
  }

  for (const reason of BlockReasons) {
    it(`blocked for ${reason}`, async () => {
      expect(await preview('blocked', reason)).to.equal(en.blockedReasons[reason]);
    });
  }

  for (const code of [...PersonaErrorCodes, ...GateErrorCodes]) {
    it(`error ${code}`, async () => {
      expect(await preview('error', code)).to.equal(en.errorMessages[code]);
    });
  }

  for (const problem of ['insecure_context', 'no_camera', 'camera_blocked'] as const) {
    it(`camera problem ${problem}`, async () => {
      expect(await preview('error', problem)).to.equal(en.cameraProblems[problem]);
    });
  }

  it('without it, a realistic default', async () => {
    expect(await preview('retry')).to.contain(en.declineAdvice.blurry_photo);
    expect(await preview('error')).to.equal(en.errorMessages.flow_timeout);
  });
});

describe('a preview is inert', () => {
  before(() => startBackend());
  afterEach(() => worker.resetHandlers());

  /** Every idv-* event that reaches `document`, as a host listening there sees it. */
  function eventsOnDocument(): { log: Array<{ type: string; target: EventTarget | null; detail: unknown }>; stop(): void } {
    const log: Array<{ type: string; target: EventTarget | null; detail: unknown }> = [];
    const record = (event: Event) => log.push({ type: event.type, target: event.target, detail: (event as CustomEvent).detail });
    for (const type of eventTypes) document.addEventListener(type, record);
    return { log, stop: () => eventTypes.forEach((type) => document.removeEventListener(type, record)) };
  }

  /** A preview gate configured as a live one would be, so anything live it did would show. */
  const previewOf = (state: string, scope: string) =>
    gateFixture({ statusUrl, sessionUrl, scope }, (gate) => gate.setAttribute('preview-state', state));

  const flowCodeRequested = () =>
    performance.getEntriesByType('resource').some((entry) => /\/flow\/|node_modules\/persona\//.test(entry.name));

  it('fires no events, asks no server, loads no flow, whatever its attributes and methods say', async () => {
    const log = useScenario('already-verified');
    const seen = eventsOnDocument();
    try {
      const gate = await previewOf('locked', uniqueScope());
      gate.previewState = 'retry';
      await gate.updateComplete;
      gate.start();
      gate.retry();
      gate.resume();
      gate.reset();
      await gate.preload();
      await new Promise((resolve) => setTimeout(resolve, 100));
      await gate.updateComplete;
      expect(gate.state).to.equal('retry');
      expect(seen.log.map((event) => event.type)).to.deep.equal([]);
      expect(log.statusRequests).to.deep.equal([]);
      expect(log.sessionRequests).to.deep.equal([]);
      expect(flowCodeRequested(), 'flow code or Persona downloaded').to.be.false;
    } finally {
      seen.stop();
    }
  });

  it('keeps its screen and says nothing when a live gate of its scope unlocks', async () => {
    // Had the preview asked, it would have heard "unverified" and stayed open to a shared unlock.
    let answer = 'unverified';
    worker.use(http.get(statusUrl, () => HttpResponse.json({ status: answer })));
    const scope = uniqueScope();
    const preview = await previewOf('locked', scope);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const seen = eventsOnDocument();
    try {
      answer = 'approved';
      const live = await gateFixture({ statusUrl, scope });
      await untilSettled(live);
      expect(live.state).to.equal('verified');
      await preview.updateComplete;
      const unlocks = seen.log.filter((event) => event.type === 'idv-verified');
      expect(unlocks.map((event) => event.target)).to.deep.equal([live]);
      expect(seen.log.filter((event) => event.target === preview)).to.deep.equal([]);
      expect(preview.state).to.equal('locked');
      expect(preview.hasAttribute('verified')).to.be.false;
      expect(gatedContentShown(preview)).to.be.false;
      expect(heading(preview)).to.equal(en.lockedHeading);
    } finally {
      seen.stop();
    }
  });

  it('does not hear another tab verifying its scope', async () => {
    const scope = uniqueScope();
    const preview = await previewOf('locked', scope);
    const events = recordEvents(preview);
    const channel = new BroadcastChannel('id-verification-gate');
    channel.postMessage({ scope, status: 'verified' });
    channel.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).to.deep.equal([]);
    expect(preview.state).to.equal('locked');
    expect(gatedContentShown(preview)).to.be.false;
  });

  it('a live gate put in preview stops quietly (its flow closes, no events); removing preview-state starts it afresh', async () => {
    const log = useScenario('approve');
    const gate = await gateFixture({ statusUrl });
    await untilSettled(gate);
    await openFlow(gate);
    const events = recordEvents(gate);

    gate.setAttribute('preview-state', 'cancelled');
    await gate.updateComplete;
    expect(gate.state).to.equal('cancelled');
    expect(flowFrame(gate), 'the flow is closed').to.equal(null);
    expect(events).to.deep.equal([]);
    const requests = log.statusRequests.length;

    gate.removeAttribute('preview-state');
    await untilSettled(gate);
    expect(gate.state).to.equal('locked');
    expect(log.statusRequests.length, 'asks the server again, as a gate just added would').to.equal(requests + 1);
    expect(events.map((event) => event.detail)).to.deep.equal([{ state: 'locked', previousState: 'checking' }]);
    await openFlow(gate);
    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    expect((await verified).detail.confirmedBy).to.equal('server');
  });
});
