import { expect, oneEvent } from '@open-wc/testing';
import { http, HttpResponse, type HttpResponseResolver } from 'msw';
import { button, gateFixture, heading, untilSettled } from './support/fixtures.js';
import { startBackend, useScenario, worker } from './support/backend.js';
import { sessionUrl, statusUrl } from './support/backend-scenarios.js';
import { finishFlow, flowFrame, flowParams, openFlow } from './support/persona-sandbox.js';

/** Ways a status-url can let the gate down, and the code each must become. */
const failures: Array<[string, HttpResponseResolver, 'network' | 'bad_response']> = [
  ['a failed fetch', () => HttpResponse.error(), 'network'],
  ['HTTP 500', () => HttpResponse.json({ status: 'approved' }, { status: 500 }), 'bad_response'],
  ['HTTP 503 with no body', () => new HttpResponse(null, { status: 503 }), 'bad_response'],
  ['HTTP 404', () => new HttpResponse('Not found', { status: 404 }), 'bad_response'],
  ['HTTP 401', () => HttpResponse.json({ error: 'login' }, { status: 401 }), 'bad_response'],
  ['HTTP 204 with no content', () => new HttpResponse(null, { status: 204 }), 'bad_response'],
  ['an HTML page with 200', () => HttpResponse.html('<html><body>Sign in</body></html>'), 'bad_response'],
  ['an empty 200 body', () => new HttpResponse('', { status: 200 }), 'bad_response'],
  [
    'an approval sent as text/plain',
    () => new HttpResponse('{"status":"approved"}', { headers: { 'content-type': 'text/plain' } }),
    'bad_response',
  ],
  ['an approval with no content-type', () => new HttpResponse(new Blob(['{"status":"approved"}'])), 'bad_response'],
  ['truncated JSON', () => new HttpResponse('{"status":"appr', { status: 200 }), 'bad_response'],
  ['JSON null', () => HttpResponse.json(null), 'bad_response'],
  ['a JSON array', () => HttpResponse.json([{ status: 'approved' }]), 'bad_response'],
  ['an object without status', () => HttpResponse.json({ verified: true }), 'bad_response'],
  ['an unknown status value', () => HttpResponse.json({ status: 'APPROVED' }), 'bad_response'],
  ['a status that is not a string', () => HttpResponse.json({ status: 1 }), 'bad_response'],
  ['attemptsRemaining as text', () => HttpResponse.json({ status: 'declined', attemptsRemaining: 'two' }), 'bad_response'],
  ['a negative retryAfterMs', () => HttpResponse.json({ status: 'pending', retryAfterMs: -5 }), 'bad_response'],
  ['a reason that is not a string', () => HttpResponse.json({ status: 'blocked', reason: { code: 1 } }), 'bad_response'],
];

describe('a status-url that fails', () => {
  const uncaught: unknown[] = [];
  const onError = (event: ErrorEvent) => uncaught.push(event.error);
  const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return startBackend();
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    worker.resetHandlers();
    await new Promise((resolve) => setTimeout(resolve));
    expect(uncaught, 'uncaught errors').to.deep.equal([]);
  });

  for (const [name, resolver, code] of failures) {
    it(`${name} on connect: ${code}, plain words, Try again`, async () => {
      worker.use(http.get(statusUrl, resolver));
      let error: Promise<CustomEvent> | undefined;
      const gate = await gateFixture({ statusUrl }, (g) => (error = oneEvent(g, 'idv-error')));
      const { detail } = await error!;
      await gate.updateComplete;

      expect(detail.code).to.equal(code);
      expect(detail.recoverable).to.be.true;
      expect(detail.message).to.contain('/api/idv/status');
      expect(gate.state).to.equal('error');
      expect(heading(gate)).to.equal('Something went wrong');
      const words = gate.shadowRoot!.querySelector('[part~="body"]')!.textContent!;
      expect(words).to.match(code === 'network' ? /could not reach our server/ : /did not understand/);
      expect(words).not.to.match(/HTTP|JSON|status-url/);

      // Try again asks the server again, and a good answer brings the person on.
      worker.resetHandlers();
      useScenario('approve');
      button(gate, 'Try again').click();
      await untilSettled(gate);
      expect(gate.state).to.equal('locked');
    });
  }

  it('while reviewing: the inquiry is kept and Try again asks about the same one', async () => {
    const log = useScenario('approve');
    const gate = await gateFixture({ statusUrl });
    await untilSettled(gate);
    await openFlow(gate);

    worker.use(http.get(statusUrl, () => new HttpResponse(null, { status: 502 })));
    const error = oneEvent(gate, 'idv-error');
    const complete = oneEvent(gate, 'idv-complete');
    finishFlow(gate, 'complete');
    const { inquiryId } = (await complete).detail;
    expect((await error).detail.code).to.equal('bad_response');
    await gate.updateComplete;

    worker.resetHandlers();
    worker.use(...(await import('./support/backend-scenarios.js')).scenario('approve').handlers);
    const verified = oneEvent(gate, 'idv-verified');
    button(gate, 'Try again').click();
    expect((await verified).detail).to.deep.equal({ inquiryId, confirmedBy: 'server' });
    expect(log.statusRequests.length).to.be.greaterThan(0);
  });

  it('a session-url that fails: network error, and Try again creates the session', async () => {
    worker.use(http.post(sessionUrl, () => HttpResponse.error()));
    const gate = await gateFixture({ sessionUrl });
    const error = oneEvent(gate, 'idv-error');
    gate.start();
    expect((await error).detail.code).to.equal('network');
    expect(flowFrame(gate)).to.equal(null);

    worker.resetHandlers();
    const log = useScenario('approve');
    await openFlow(gate, () => gate.retry());
    expect(log.sessionRequests).to.have.length(1);
    expect((await flowParams(gate)).get('inquiry-id')).to.equal('inq_server_1');
  });

  it('a session-url answer without an inquiryId: bad_response', async () => {
    worker.use(http.post(sessionUrl, () => HttpResponse.json({ sessionToken: 'sess_x' })));
    const gate = await gateFixture({ sessionUrl });
    const error = oneEvent(gate, 'idv-error');
    gate.start();
    expect((await error).detail.code).to.equal('bad_response');
  });

  it('removing the gate aborts its requests', async () => {
    // A server that never answers, in place of fetch: an aborted request that went through
    // msw would go on to the test server, which has no status-url.
    const signals: AbortSignal[] = [];
    const originalFetch = window.fetch;
    window.fetch = (_input, init) => {
      const signal = init?.signal;
      if (signal) signals.push(signal);
      return new Promise<Response>((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));
    };
    try {
      const gate = await gateFixture({ statusUrl });
      expect(signals).to.have.length(1);
      expect(signals[0]!.aborted).to.be.false;
      gate.remove();
      expect(signals[0]!.aborted).to.be.true;
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('sends requestInit with every request', async () => {
    const seen: Array<string | null> = [];
    worker.use(
      http.get(statusUrl, ({ request }) => {
        // Only this test's gate (an aborted request of an earlier test can still arrive).
        if (new URL(request.url).searchParams.get('scope') !== 'csrf') return HttpResponse.error();
        seen.push(request.headers.get('x-csrf-token'));
        return HttpResponse.json({ status: 'unverified' });
      }),
      http.post(sessionUrl, ({ request }) => {
        seen.push(request.headers.get('x-csrf-token'));
        return HttpResponse.json({ inquiryId: 'inq_server_9' });
      }),
    );
    const gate = await gateFixture({ statusUrl, sessionUrl, scope: 'csrf' }, (g) => {
      g.requestInit = { headers: { 'X-CSRF-Token': 'abc' }, credentials: 'include' };
    });
    await untilSettled(gate);
    await openFlow(gate);
    expect(seen).to.deep.equal(['abc', 'abc']);
  });
});
