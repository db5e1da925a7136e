import { expect, oneEvent } from '@open-wc/testing';
import type { IdVerificationGate } from '../src/index.js';
import { intentLapseMs } from '../src/lazy/flow/prewarmed-flow.js';
import { button, gateFixture, recordEvents, untilSettled } from './support/fixtures.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { sessionUrl, statusUrl } from './support/backend-scenarios.js';
import { personaLeftovers, trackMessageListeners } from './support/leftovers.js';
import { finishFlow, flowFrame, flowParams, openFlow, sandboxOrigin } from './support/persona-sandbox.js';

/** The pointer comes to rest on a button, as a mouse would before the click. */
function pointAt(target: HTMLElement): void {
  target.dispatchEvent(new PointerEvent('pointerenter'));
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until the gate holds a flow frame whose page has loaded (the sandbox answers), and returns it. */
async function untilPrewarmed(gate: IdVerificationGate): Promise<HTMLIFrameElement> {
  while (!flowFrame(gate)) await nextFrame();
  // A question asked before the sandbox's script runs is lost: ask again until it answers.
  const retry = () => new Promise<undefined>((resolve) => setTimeout(resolve, 100));
  while (!(await Promise.race([flowParams(gate), retry()])));
  return flowFrame(gate)!;
}

/** Persona's `/preload` frame removes itself once loaded: wait for that before counting frames. */
async function untilPreloadGone(): Promise<void> {
  while (document.querySelector(`iframe[src^="${sandboxOrigin}/preload"]`)) await nextFrame();
}

/** Makes `setTimeout` calls of exactly `delay` ms wait for `fire()` instead of the clock. */
function holdTimers(delay: number): { fire(): void; restore(): void } {
  const real = window.setTimeout;
  const held: Array<() => void> = [];
  window.setTimeout = ((handler: () => void, ms?: number, ...rest: unknown[]) =>
    ms === delay ? (held.push(handler), 0) : real(handler, ms, ...rest)) as typeof window.setTimeout;
  return {
    fire: () => held.splice(0).forEach((handler) => handler()),
    restore: () => (window.setTimeout = real),
  };
}

describe('prewarm: Start opens a flow prepared on intent', () => {
  before(() => startBackend());
  afterEach(async () => {
    worker.resetHandlers();
    for (const gate of document.querySelectorAll('id-verification-gate')) gate.remove();
    await untilPreloadGone();
  });

  const setups = [
    { label: 'modal', options: { mode: 'modal' as const } },
    { label: 'inline', options: { mode: 'inline' as const } },
    { label: 'session-url (modal)', options: { mode: 'modal' as const, sessionUrl } },
    { label: 'session-url (inline)', options: { mode: 'inline' as const, sessionUrl, statusUrl } },
  ];
  for (const { label, options } of setups) {
    it(`${label}: pointing at Start prepares the flow hidden; the click shows that same frame, not a new one`, async () => {
      const log = useScenario('approve');
      const gate = await gateFixture(options);
      await untilSettled(gate);
      expect(gate.getAttribute('prewarm')).to.equal('intent');
      const start = button(gate, 'Start verification');

      pointAt(start);
      const frame = await untilPrewarmed(gate);
      expect(gate.state).to.equal('locked');
      expect(frame.getBoundingClientRect().width, 'hidden until the click').to.equal(0);
      expect(log.sessionRequests).to.have.length(options.sessionUrl ? 1 : 0);
      let reloads = 0;
      frame.addEventListener('load', () => (reloads += 1));
      const events = recordEvents(gate);

      const ready = oneEvent(gate, 'idv-ready');
      start.click();
      await ready;
      await gate.updateComplete;

      expect(gate.state).to.equal('in-progress');
      expect(flowFrame(gate)).to.equal(frame);
      expect(gate.shadowRoot!.querySelectorAll('iframe')).to.have.length(1);
      expect(reloads).to.equal(0);
      expect(frame.getBoundingClientRect().width).to.be.at.least(200);
      expect(events.map((e) => e.type)).to.deep.equal(['idv-state-change', 'idv-start', 'idv-ready', 'idv-state-change']);
      expect(log.sessionRequests).to.have.length(options.sessionUrl ? 1 : 0);
      if (options.sessionUrl) expect((await flowParams(gate)).get('inquiry-id')).to.equal('inq_server_1');

      const verified = oneEvent(gate, 'idv-verified');
      finishFlow(gate, 'complete');
      await verified;
    });
  }

  it('Resume after leaving prepares the same inquiry; the click reopens it', async () => {
    const gate = await gateFixture({ mode: 'inline' });
    await openFlow(gate);
    const { inquiryId } = (await new Promise<CustomEvent>((resolve) => {
      gate.addEventListener('idv-cancel', (e) => resolve(e as CustomEvent), { once: true });
      finishFlow(gate, 'exit');
    })).detail;
    await gate.updateComplete;

    const resume = button(gate, 'Resume');
    pointAt(resume);
    const frame = await untilPrewarmed(gate);
    expect((await flowParams(gate)).get('inquiry-id')).to.equal(inquiryId);
    const ready = oneEvent(gate, 'idv-ready');
    resume.click();
    await ready;
    expect(flowFrame(gate)).to.equal(frame);
  });

  it('a flow prepared for Resume is not what Start over opens: the click opens a new inquiry', async () => {
    const gate = await gateFixture({ mode: 'inline' });
    await openFlow(gate);
    finishFlow(gate, 'exit');
    await oneEvent(gate, 'idv-cancel');
    await gate.updateComplete;

    pointAt(button(gate, 'Resume'));
    const resumeFrame = await untilPrewarmed(gate);
    const ready = oneEvent(gate, 'idv-ready');
    button(gate, 'Start over').click();
    await ready;
    expect(flowFrame(gate)).not.to.equal(resumeFrame);
    expect(resumeFrame.isConnected).to.be.false;
    expect((await flowParams(gate)).has('inquiry-id')).to.be.false;
  });

  it('focus on Start counts as intent too', async () => {
    const gate = await gateFixture({ mode: 'inline' });
    // The event a keyboard user's Tab causes (a background test tab gets none from focus()).
    button(gate, 'Start verification').dispatchEvent(new FocusEvent('focus'));
    await untilPrewarmed(gate);
    expect(gate.state).to.equal('locked');
  });

  it('so does preload()', async () => {
    const gate = await gateFixture({ mode: 'modal' });
    await gate.preload();
    await untilPrewarmed(gate);
    expect(gate.state).to.equal('locked');
  });

  for (const mode of ['modal', 'inline'] as const) {
    it(`${mode}: a prepared flow nobody clicks is destroyed when the intent lapses: no frame, no listener`, async () => {
      const listeners = trackMessageListeners();
      const timers = holdTimers(intentLapseMs);
      try {
        const gate = await gateFixture({ mode });
        pointAt(button(gate, 'Start verification'));
        await untilPrewarmed(gate);
        expect(listeners.live()).to.equal(1);

        timers.fire();
        await gate.updateComplete;
        await untilPreloadGone();
        expect(personaLeftovers(gate)).to.deep.equal([]);
        expect(listeners.live()).to.equal(0);
        expect(gate.state).to.equal('locked');

        // Start still works, with a new flow.
        await openFlow(gate, () => button(gate, 'Start verification').click());
        expect(gate.state).to.equal('in-progress');
      } finally {
        timers.restore();
        listeners.restore();
      }
    });
  }

  it('a gate removed while its flow is being prepared, or once prepared, leaves no frame or listener', async () => {
    const listeners = trackMessageListeners();
    try {
      // Removed before the flow opened: it never joins the page.
      const early = await gateFixture({ mode: 'inline' });
      pointAt(button(early, 'Start verification'));
      early.remove();
      const late = await gateFixture({ mode: 'modal' });
      pointAt(button(late, 'Start verification'));
      await untilPrewarmed(late);
      late.remove();
      await late.updateComplete;
      await untilPreloadGone();

      expect(personaLeftovers(early)).to.deep.equal([]);
      expect(personaLeftovers(late)).to.deep.equal([]);
      expect(listeners.live()).to.equal(0);
    } finally {
      listeners.restore();
    }
  });

  it('changing the configuration drops the prepared flow: the click opens one with the new settings', async () => {
    const gate = await gateFixture({ mode: 'inline' });
    pointAt(button(gate, 'Start verification'));
    const old = await untilPrewarmed(gate);
    gate.setAttribute('reference-id', 'user-7');
    await gate.updateComplete;
    expect(old.isConnected).to.be.false;

    await openFlow(gate, () => button(gate, 'Start verification').click());
    expect((await flowParams(gate)).get('reference-id')).to.equal('user-7');
  });

  it('prewarm="assets" loads Persona ahead but opens no flow before the click', async () => {
    const gate = await gateFixture({ mode: 'inline' }, (g) => g.setAttribute('prewarm', 'assets'));
    pointAt(button(gate, 'Start verification'));
    await gate.preload();
    await nextFrame();
    expect(flowFrame(gate)).to.equal(null);
    expect(document.querySelectorAll(`link[rel="preconnect"][href="${sandboxOrigin}"]`)).to.have.length(1);

    await openFlow(gate, () => button(gate, 'Start verification').click());
    expect(gate.state).to.equal('in-progress');
  });

  it('prewarm="none" prepares nothing on intent; Start opens the flow as before', async () => {
    const gate = await gateFixture({ mode: 'inline' }, (g) => g.setAttribute('prewarm', 'none'));
    const start = button(gate, 'Start verification');
    pointAt(start);
    start.dispatchEvent(new FocusEvent('focus'));
    await nextFrame();
    await nextFrame();
    expect(flowFrame(gate)).to.equal(null);

    const ready = oneEvent(gate, 'idv-ready');
    start.click();
    expect(gate.state).to.equal('loading');
    await ready;
    expect(gate.state).to.equal('in-progress');
  });

  it('hovering one gate never disturbs the flow open in another', async () => {
    const open = await gateFixture({ mode: 'inline' });
    await openFlow(open);
    const other = await gateFixture({ mode: 'inline' });
    pointAt(button(other, 'Start verification'));
    await untilPrewarmed(other);
    expect(open.state).to.equal('in-progress');
    expect(flowFrame(open)?.isConnected).to.be.true;
  });
});
