// createGateHandlers, continued: Persona's webhooks (signed, forged, replayed,
// rotated), the cache (in memory, shared, broken) and Persona's API failing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';
import { apiKey, gateWorld, webhookSecret } from './support/gate-world.mjs';
import { server, testing } from './support/source.mjs';

describe('webhook', () => {
  async function signedRequest(body, { secret = webhookSecret, timestamp } = {}) {
    const signature = await testing.signPersonaWebhook({ body, secret, timestamp });
    return new Request('https://host.example/api/idv/webhook', {
      method: 'POST',
      headers: { 'persona-signature': signature, 'content-type': 'application/json' },
      body,
    });
  }
  const eventFor = (inquiryId, referenceId, status = 'approved') =>
    JSON.stringify({
      data: {
        type: 'event',
        id: 'evt_1',
        attributes: {
          name: `inquiry.${status}`,
          payload: { data: { type: 'inquiry', id: inquiryId, attributes: { status, 'reference-id': referenceId } } },
        },
      },
    });

  test("Persona's signed webhook refreshes the cache: the next status needs no API call", async () => {
    const world = gateWorld();
    const { inquiryId } = (await world.session('alice')).body;
    await world.api.submit(inquiryId, 'complete'); // the stand-in sends inquiry.completed and inquiry.approved
    world.apiCalls();
    assert.deepEqual((await world.status('alice', inquiryId)).body, { status: 'approved' });
    assert.deepEqual((await world.status('alice')).body, { status: 'approved' });
    assert.deepEqual(world.apiCalls(), [], 'answered from the refreshed cache');
  });

  test('forged, tampered, stale and wrong-secret webhooks get 401 and change nothing', async () => {
    const world = gateWorld();
    const { inquiryId } = (await world.session('alice')).body;
    const body = eventFor(inquiryId, 'alice');
    const now = Math.floor(Date.now() / 1000);
    const tampered = await signedRequest(eventFor(inquiryId, 'bob'));
    const requests = [
      new Request('https://host.example/w', { method: 'POST', body }),
      new Request('https://host.example/w', { method: 'POST', headers: { 'persona-signature': 'garbage' }, body }),
      await signedRequest(body, { secret: 'wbhsec_attacker' }),
      await signedRequest(body, { timestamp: now - 3600 }),
      new Request('https://host.example/w', { method: 'POST', headers: tampered.headers, body }),
    ];
    world.apiCalls();
    for (const request of requests) {
      const response = await world.handlers.webhook(request);
      assert.equal(response.status, 401);
      assert.deepEqual(await response.json(), { error: 'invalid_signature' });
    }
    assert.deepEqual(world.apiCalls(), [], 'nothing was asked or refreshed');
    assert.equal((await world.status('alice', inquiryId)).body.status, 'unverified');
  });

  test("a replayed genuine event only makes the server ask Persona again: its body is never trusted", async () => {
    const world = gateWorld();
    const { inquiryId } = (await world.session('alice')).body;
    // A genuine "approved" event for an inquiry Persona has not approved (a capture replayed, or a lie in a signed body).
    const response = await world.handlers.webhook(await signedRequest(eventFor(inquiryId, 'alice', 'approved')));
    assert.equal(response.status, 200);
    assert.equal((await world.status('alice', inquiryId)).body.status, 'unverified');
    assert.equal((await world.status('alice')).body.status, 'unverified');
  });

  test("an event without the reference id (another payload version): the handler asks Persona whose it is", async () => {
    // Persona's own deliveries go elsewhere; this endpoint gets only the bare event below.
    const world = gateWorld({ deliverWebhooks: false });
    const { inquiryId } = (await world.session('alice')).body;
    await world.api.decide(inquiryId, { status: 'approved' });
    await world.status('alice'); // fresh: approved, then cached
    await world.api.decide(inquiryId, { status: 'declined', reason: 'glare' }); // a reviewer changes their mind
    const bare = JSON.stringify({ data: { type: 'event', attributes: { name: 'inquiry.declined', payload: { data: { type: 'inquiry', id: inquiryId, attributes: {} } } } } });
    assert.equal((await world.handlers.webhook(await signedRequest(bare))).status, 200);
    world.apiCalls();
    assert.deepEqual((await world.status('alice')).body, { status: 'declined', reason: 'glare', attemptsRemaining: 2 });
    assert.deepEqual(world.apiCalls(), [], 'refreshed by the bare event');
  });

  test('rotation: events signed with the old or the new secret both pass while both are configured', async () => {
    const world = gateWorld({ webhookSecrets: ['wbhsec_new', webhookSecret] });
    const { inquiryId } = (await world.session('alice')).body;
    const body = eventFor(inquiryId, 'alice');
    assert.equal((await world.handlers.webhook(await signedRequest(body, { secret: 'wbhsec_new' }))).status, 200);
    assert.equal((await world.handlers.webhook(await signedRequest(body, { secret: webhookSecret }))).status, 200);
    assert.equal((await world.handlers.webhook(await signedRequest(body, { secret: [webhookSecret, 'wbhsec_new'] }))).status, 200);
  });

  test('without webhookSecrets every webhook is refused', async () => {
    const world = gateWorld({ webhookSecrets: [] });
    const response = await world.handlers.webhook(await signedRequest(eventFor('inq_a', 'alice')));
    assert.equal(response.status, 401);
  });

  test('signed events that are not about an inquiry: 400; only POST; bodies over 1 MB: 413', async () => {
    const world = gateWorld();
    const notInquiry = await world.handlers.webhook(await signedRequest('{"data":{"type":"event","attributes":{"payload":{"data":{"type":"account"}}}}}'));
    assert.equal(notInquiry.status, 400);
    assert.equal((await world.handlers.webhook(await signedRequest('not json'))).status, 400);
    assert.equal((await world.handlers.webhook(new Request('https://host.example/w'))).status, 405);
    const huge = await world.handlers.webhook(new Request('https://host.example/w', { method: 'POST', body: 'x'.repeat(1_000_001) }));
    assert.equal(huge.status, 413);
  });
});

describe('cache', () => {
  test('repeated status calls are served from the cache', async () => {
    const world = gateWorld();
    await world.status('alice');
    world.apiCalls();
    await world.status('alice');
    await world.status('alice');
    assert.deepEqual(world.apiCalls(), []);
  });

  test('a shared cache: one instance hears the webhook, another answers from it at once', async () => {
    const shared = new Map();
    const cache = {
      get: async (key) => shared.get(key),
      set: async (key, value) => void shared.set(key, JSON.parse(JSON.stringify(value))),
      delete: async (key) => void shared.delete(key),
    };
    const world = gateWorld({ cache });
    const inquiryId = await world.attempt('alice');
    const other = server.createGateHandlers({
      persona: server.createPersonaClient({ apiKey, baseUrl: world.api.baseUrl, fetch: world.api.fetch }),
      templateId: 'itmpl_gate',
      identify: (request) => request.headers.get('x-person'),
      cache,
    });
    world.apiCalls();
    const response = await other.status(new Request(`https://host.example/s?inquiry-id=${inquiryId}`, { headers: { 'x-person': 'alice' } }));
    assert.deepEqual(await response.json(), { status: 'approved' });
    assert.deepEqual(world.apiCalls(), []);
  });

  test('whatever a broken shared cache returns is not believed', async () => {
    const cache = { get: () => [{ id: 'inq_fake', status: 'approved' }], set: () => {}, delete: () => {} };
    const world = gateWorld({ cache });
    assert.deepEqual((await world.status('alice')).body, { status: 'unverified', attemptsRemaining: 3 });
  });

  test('createMemoryCache: entries expire, and the oldest go when it is full', () => {
    let now = 0;
    const cache = server.createMemoryCache({ maxEntries: 2, now: () => now });
    cache.set('a', 1, 100);
    cache.set('b', 2, 100);
    cache.set('c', 3, 100);
    assert.equal(cache.get('a'), undefined, 'evicted');
    assert.equal(cache.get('b'), 2);
    now = 100;
    assert.equal(cache.get('b'), undefined, 'expired');
    cache.set('d', 4, 100);
    cache.delete('d');
    assert.equal(cache.get('d'), undefined);
  });
});

describe('when Persona fails', () => {
  const failures = [
    ['429 past the retries', { status: 429 }, 502],
    ['500', { status: 500 }, 502],
    ['garbage', 'garbage', 502],
    ['nothing (a failed fetch)', 'network', 502],
    ['nothing (no answer in time)', 'hang', 504],
  ];
  for (const [what, failure, code] of failures) {
    test(`Persona answering ${what}: ${code} JSON the gate treats as bad_response, no stack, no key, nothing unlocked`, async () => {
      const errors = [];
      const world = gateWorld({ clientOptions: { maxRetries: 1, timeoutMs: 50 }, onError: (error) => errors.push(error) });
      const keepAlive = setInterval(() => {}, 1000);
      try {
        for (const call of [() => world.status('alice'), () => world.session('alice'), () => world.status('alice', 'inq_abc')]) {
          world.api.failNext(failure, 2);
          const { status, body, response } = await call();
          assert.equal(status, code);
          assert.deepEqual(body, { error: 'persona_unavailable' });
          assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
        }
      } finally {
        clearInterval(keepAlive);
      }
      assert.equal(errors.length, 3);
      for (const error of errors) assert.ok(!inspect(error, { depth: 5 }).includes(apiKey));
    });
  }

  test('a webhook whose refresh fails answers 502, so Persona delivers it again', async () => {
    const world = gateWorld({ clientOptions: { maxRetries: 0 } });
    const { inquiryId } = (await world.session('alice')).body;
    world.api.failNext({ status: 500 });
    const body = JSON.stringify({ data: { type: 'event', attributes: { payload: { data: { type: 'inquiry', id: inquiryId, attributes: { 'reference-id': 'alice' } } } } } });
    const signature = await testing.signPersonaWebhook({ body, secret: webhookSecret });
    const response = await world.handlers.webhook(new Request('https://host.example/w', { method: 'POST', headers: { 'persona-signature': signature }, body }));
    assert.equal(response.status, 502);
  });
});

describe('createGateHandlers options', () => {
  test('bad options are a TypeError naming the option', () => {
    const persona = server.createPersonaClient({ apiKey });
    const identify = () => null;
    assert.throws(() => server.createGateHandlers({ persona, templateId: 'tmpl', identify }), /templateId/);
    assert.throws(() => server.createGateHandlers({ persona, templateId: 'itmpl_a' }), /identify/);
    assert.throws(() => server.createGateHandlers({ templateId: 'itmpl_a', identify }), /persona/);
    assert.throws(() => server.createGateHandlers({ persona, templateId: 'itmpl_a', identify, maxAttempts: 0 }), /maxAttempts/);
  });
});
