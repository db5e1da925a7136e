import { expect, oneEvent } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import type { IdVerificationGate } from '../src/index.js';
import { BlockReasons, DeclineReasons } from '../src/protocol/reasons.js';
import { button, gateFixture, gatedContentShown, heading, recordEvents, untilSettled } from './support/fixtures.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { statusUrl } from './support/backend-scenarios.js';
import { finishFlow, openFlow } from './support/persona-sandbox.js';

/** A gate whose first status answer is `body`; resolves once that answer is on screen. */
async function gateAnswered(body: object): Promise<{ gate: IdVerificationGate; events: ReturnType<typeof recordEvents> }> {
  worker.use(http.get(statusUrl, () => HttpResponse.json(body)));
  let events: ReturnType<typeof recordEvents> = [];
  let settled: Promise<unknown> | undefined;
  const gate = await gateFixture({ statusUrl }, (g) => {
    events = recordEvents(g);
    settled = new Promise((resolve) => g.addEventListener('idv-state-change', resolve, { once: true }));
  });
  await settled;
  await gate.updateComplete;
  return { gate, events };
}

const text = (gate: IdVerificationGate) => gate.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('status-url on connect', () => {
  before(() => startBackend());
  afterEach(() => worker.resetHandlers());

  it('unverified: the briefing and Start', async () => {
    const { gate } = await gateAnswered({ status: 'unverified' });
    expect(gate.state).to.equal('locked');
    expect(button(gate, 'Start verification')).to.exist;
  });

  it('asks with the scope, and shows checking meanwhile', async () => {
    const log = useScenario('approve');
    const gate = await gateFixture({ statusUrl, scope: 'code-tools' });
    expect(gate.state).to.equal('checking');
    const busy = gate.shadowRoot!.querySelector('[part~="screen-checking"]')!;
    expect(busy.getAttribute('aria-busy')).to.equal('true');
    expect(busy.querySelector('[part~="spinner"]')).to.exist;
    await untilSettled(gate);
    expect(log.statusRequests.map((url) => url.search)).to.deep.equal(['?scope=code-tools']);
  });

  it('pending: reviewing, then verified when the server approves', async () => {
    let answers = 0;
    worker.use(
      http.get(statusUrl, () =>
        HttpResponse.json(++answers < 3 ? { status: 'pending', retryAfterMs: 20 } : { status: 'approved' }),
      ),
    );
    let verified: Promise<CustomEvent> | undefined;
    const gate = await gateFixture({ statusUrl }, (g) => (verified = oneEvent(g, 'idv-verified')));
    await untilSettled(gate);
    expect(gate.state).to.equal('reviewing');
    expect(heading(gate)).to.equal('Checking your documents');
    expect(text(gate)).to.contain('You can leave this page');
    expect((await verified!).detail).to.deep.equal({ confirmedBy: 'server' });
    expect(answers).to.equal(3);
  });

  it('declined with attempts left: retry with the reason, the server count wins', async () => {
    const { gate, events } = await gateAnswered({ status: 'declined', reason: 'glare', attemptsRemaining: 1 });
    expect(gate.state).to.equal('retry');
    expect(text(gate)).to.contain('Glare covered part of the ID');
    expect(text(gate)).to.contain('1 attempt left');
    const declined = events.find((e) => e.type === 'idv-declined');
    expect(declined?.detail).to.include({ attemptsRemaining: 1, reason: 'glare' });
  });

  it('declined with none left: exhausted', async () => {
    const { gate, events } = await gateAnswered({ status: 'declined', attemptsRemaining: 0 });
    expect(gate.state).to.equal('exhausted');
    expect(events.map((e) => e.type)).to.include('idv-exhausted');
  });

  for (const reason of BlockReasons) {
    it(`blocked (${reason}): the reason and the appeal link`, async () => {
      const { gate, events } = await gateAnswered({ status: 'blocked', reason });
      expect(gate.state).to.equal('blocked');
      expect(heading(gate)).to.equal("This account can't be verified here");
      expect(events.find((e) => e.type === 'idv-blocked')?.detail).to.deep.equal({ reason });
      const appeal = gate.shadowRoot!.querySelector('a[part~="link"]')!;
      expect(appeal.textContent).to.equal('Appeal this decision');
      expect(appeal.getAttribute('href')).to.equal('/help/verify');
      expect(gate.shadowRoot!.querySelector('button')).to.equal(null);
    });
  }

  it('blocked for a reason it does not know: general words', async () => {
    const { gate } = await gateAnswered({ status: 'blocked', reason: 'sanctions_list' });
    expect(text(gate)).to.contain('cannot be verified at the moment');
  });
});

describe('status-url after the flow', () => {
  before(() => startBackend());
  afterEach(() => worker.resetHandlers());

  it('a client-side complete alone never unlocks: the server decides', async () => {
    const log = useScenario('pending-forever', { retryAfterMs: 30 });
    const gate = await gateFixture({ statusUrl, reviewTimeout: 60_000 });
    await untilSettled(gate);
    const events = recordEvents(gate);
    await openFlow(gate);
    const complete = oneEvent(gate, 'idv-complete');
    finishFlow(gate, 'complete');
    const { inquiryId } = (await complete).detail;
    await gate.updateComplete;

    expect(gate.state).to.equal('reviewing');
    while (log.statusRequests.length < 2) await new Promise((r) => setTimeout(r, 20));
    expect(gate.state).to.equal('reviewing');
    expect(gatedContentShown(gate)).to.be.false;
    expect(events.map((e) => e.type)).not.to.include('idv-verified');
    expect(log.statusRequests.at(-1)!.searchParams.get('inquiry-id')).to.equal(inquiryId);
  });

  it('approve after review: polls, then unlocks with confirmedBy server', async () => {
    const log = useScenario('approve-after-review', { retryAfterMs: 20 });
    const gate = await gateFixture({ statusUrl });
    await untilSettled(gate);
    await openFlow(gate);
    const verified = oneEvent(gate, 'idv-verified');
    finishFlow(gate, 'complete');
    const { detail } = await verified;
    expect(detail.confirmedBy).to.equal('server');
    expect(detail.inquiryId).to.match(/^inq_sandbox_/);
    // This gate's own inquiry: a gate of an earlier test may still be winding down.
    expect(log.statusRequests.filter((url) => url.searchParams.get('inquiry-id') === detail.inquiryId)).to.have.length(3);
    await gate.updateComplete;
    expect(gatedContentShown(gate)).to.be.true;
  });

  for (const reason of DeclineReasons) {
    it(`declined for ${reason}: guidance for it, then approved on the next attempt`, async () => {
      useScenario(`decline-${reason}-then-approve`, { attempts: 3 });
      const gate = await gateFixture({ statusUrl });
    await untilSettled(gate);
      await openFlow(gate);
      const declined = oneEvent(gate, 'idv-declined');
      finishFlow(gate, 'fail');
      const { detail } = await declined;
      await gate.updateComplete;

      expect(detail).to.include({ reason, attemptsRemaining: 2, attempt: 1 });
      expect(gate.state).to.equal('retry');
      expect(text(gate)).to.contain('2 attempts left');
      const advice = gate.shadowRoot!.querySelector('[part~="body"] p')!.textContent!;
      expect(advice.length).to.be.greaterThan(20);

      await openFlow(gate, () => button(gate, 'Try again').click());
      const verified = oneEvent(gate, 'idv-verified');
      finishFlow(gate, 'complete');
      expect((await verified).detail.confirmedBy).to.equal('server');
    });
  }

  it('gives each decline reason its own advice', async () => {
    const advice = new Set<string>();
    for (const reason of DeclineReasons) {
      const { gate } = await gateAnswered({ status: 'declined', reason, attemptsRemaining: 2 });
      advice.add(gate.shadowRoot!.querySelector('[part~="body"] p')!.textContent!);
      worker.resetHandlers();
    }
    expect(advice.size).to.equal(DeclineReasons.length);
  });

  it('exhausted after the server says no attempts remain', async () => {
    useScenario('exhausted', { attempts: 1 });
    const gate = await gateFixture({ statusUrl });
    await untilSettled(gate);
    await openFlow(gate);
    const exhausted = oneEvent(gate, 'idv-exhausted');
    finishFlow(gate, 'fail');
    await exhausted;
    await gate.updateComplete;
    expect(gate.state).to.equal('exhausted');
    expect(heading(gate)).to.equal('No attempts left');
  });

  it('still pending past review-timeout: a recoverable error that keeps the inquiry, and Check again', async () => {
    const log = useScenario('pending-forever', { retryAfterMs: 40 });
    const gate = await gateFixture({ statusUrl, reviewTimeout: 150 });
    await untilSettled(gate);
    await openFlow(gate);
    const error = oneEvent(gate, 'idv-error');
    finishFlow(gate, 'complete');
    const { detail } = await error;
    await gate.updateComplete;
    expect(detail).to.include({ code: 'review_timeout', recoverable: true });
    expect(heading(gate)).to.equal('Checking your documents');
    expect(text(gate)).to.contain('still being reviewed');
    const inquiryId = log.statusRequests.at(-1)!.searchParams.get('inquiry-id');

    worker.resetHandlers();
    useScenario('approve');
    // The answer, not the clock, decides this time: a loaded machine may take longer than 150 ms to answer.
    gate.reviewTimeout = 60_000;
    await gate.updateComplete;
    const verified = oneEvent(gate, 'idv-verified');
    button(gate, 'Check again').click();
    expect((await verified).detail).to.deep.equal({ inquiryId, confirmedBy: 'server' });
  });

  it('asks the server when the host adds status-url later (after sign-in)', async () => {
    const log = useScenario('already-verified');
    const gate = await gateFixture();
    expect(gate.state).to.equal('locked');
    const verified = oneEvent(gate, 'idv-verified');
    gate.statusUrl = statusUrl;
    expect((await verified).detail).to.deep.equal({ confirmedBy: 'server' });
    expect(log.statusRequests).to.have.length(1);
  });
});

describe('status-url while reviewing: polling is bounded', () => {
  before(() => startBackend());
  afterEach(() => worker.resetHandlers());

  /** A gate whose server answered "pending" on connect, so it polls; `later` answers every request after that. */
  async function reviewing(later: () => Promise<Response> | Response, reviewTimeout: number) {
    const asked: number[] = [];
    worker.use(
      http.get(statusUrl, () => {
        asked.push(performance.now());
        return asked.length === 1 ? HttpResponse.json({ status: 'pending' }) : later();
      }),
    );
    let error: Promise<CustomEvent> | undefined;
    const gate = await gateFixture({ statusUrl, reviewTimeout }, (g) => (error = oneEvent(g, 'idv-error')));
    return { gate, asked, error: error! };
  }

  it('"pending, retryAfterMs: 0" is asked at most once a second, and ends in review_timeout', async () => {
    const { gate, asked, error } = await reviewing(() => HttpResponse.json({ status: 'pending', retryAfterMs: 0 }), 4000);
    const { detail } = await error;
    expect(detail.code).to.equal('review_timeout');
    // The answer on connect, then one poll a second until the next would pass 4 s: at most 4 polls,
    // fewer only if answers are slow, and at least 2 unless an answer takes 3 s.
    expect(asked.length, 'requests').to.be.within(3, 5);
    const gaps = asked.slice(1).map((at, i) => at - asked[i]!);
    expect(Math.min(...gaps.slice(1)), 'between polls').to.be.at.least(950);
    await gate.updateComplete;
    expect(button(gate, 'Check again')).to.exist;
  });

  it('a status-url that never answers ends in review_timeout at review-timeout, not after the request timeout', async () => {
    const { gate, error } = await reviewing(async () => {
      await delay('infinite');
      return HttpResponse.json({ status: 'approved' });
    }, 1500);
    expect((await error).detail.code).to.equal('review_timeout');
    await gate.updateComplete;
    expect(heading(gate)).to.equal('Checking your documents');
    expect(gatedContentShown(gate)).to.be.false;
  });
});
