// createGateHandlers, continued: Persona's webhooks (signed, forged, replayed,
// rotated, late, duplicated) and Persona's API failing. The store: store.test.mjs.
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

  const at = (iso) => iso; // readability: events carry Persona's created-at
  const fullEvent = (inquiryId, referenceId, status, createdAt, { template = 'itmpl_gate', id = `evt_${status}` } = {}) =>
    JSON.stringify({
      data: {
        type: 'event',
        id,
        attributes: {
          name: `inquiry.${status}`,
          'created-at': createdAt,
          payload: {
            data: {
              type: 'inquiry',
              id: inquiryId,
              attributes: { status, 'reference-id': referenceId, 'created-at': '2026-01-01T00:00:00.000Z' },
              relationships: { 'inquiry-template': { data: { type: 'inquiry-template', id: template } } },
            },
            included: [],
          },
        },
      },
    });

  test('an older event never overrides a newer one: ordered by created-at, whatever the delivery order', async () => {
    const world = gateWorld({ deliverWebhooks: false });
    const { inquiryId } = (await world.session('alice')).body;
    const later = Date.now() + 60_000;
    const approved = fullEvent(inquiryId, 'alice', 'approved', at(new Date(later).toISOString()));
    const started = fullEvent(inquiryId, 'alice', 'pending', at(new Date(later - 5_000).toISOString()));
    assert.equal((await world.handlers.webhook(await signedRequest(approved))).status, 200);
    assert.equal((await world.handlers.webhook(await signedRequest(started))).status, 200, 'a late event is still received');
    world.apiCalls();
    assert.deepEqual((await world.status('alice')).body, { status: 'approved' });
    assert.deepEqual((await world.status('alice', inquiryId)).body, { status: 'approved' });
    assert.deepEqual(world.apiCalls(), [], 'both answered from the record');
  });

  test('a duplicate delivery is harmless: the same event twice, one state, no Persona request', async () => {
    const world = gateWorld({ deliverWebhooks: false });
    const { inquiryId } = (await world.session('alice')).body;
    const event = fullEvent(inquiryId, 'alice', 'approved', new Date(Date.now() + 1_000).toISOString());
    world.apiCalls();
    for (let i = 0; i < 3; i++) assert.equal((await world.handlers.webhook(await signedRequest(event))).status, 200);
    assert.deepEqual(world.apiCalls(), []);
    assert.deepEqual((await world.status('alice')).body, { status: 'approved' });
  });

  test('a reviewer changing their mind arrives like any other event: a newer decline replaces an approval', async () => {
    const world = gateWorld();
    const inquiryId = await world.attempt('alice');
    assert.equal((await world.status('alice')).body.status, 'approved');
    await world.api.decide(inquiryId, { status: 'declined' });
    world.apiCalls();
    assert.deepEqual((await world.status('alice')).body, { status: 'declined', attemptsRemaining: 2 });
    assert.deepEqual(world.apiCalls(), []);
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

  test('every validly signed event gets 2xx: other objects, other templates, unknown inquiries; none changes a standing', async () => {
    const world = gateWorld({ deliverWebhooks: false });
    const { inquiryId } = (await world.session('alice')).body;
    const soon = new Date(Date.now() + 1_000).toISOString();
    const events = [
      '{"data":{"type":"event","attributes":{"name":"account.created","payload":{"data":{"type":"account","id":"act_1"}}}}}',
      '{"data":{"type":"event","attributes":{"name":"report/watchlist.ready","payload":{"data":{"type":"report/watchlist","id":"rep_1"}}}}}',
      fullEvent(inquiryId, 'alice', 'approved', soon, { template: 'itmpl_other_product' }),
      '{"unexpected":"shape"}',
      '[]',
    ];
    world.apiCalls();
    for (const body of events) {
      const response = await world.handlers.webhook(await signedRequest(body));
      assert.equal(response.status, 200, body);
    }
    assert.deepEqual(world.apiCalls(), [], 'none needed Persona');
    assert.deepEqual((await world.status('alice')).body, { status: 'unverified', attemptsRemaining: 3 });
  });

  test("an inquiry the record never saw (another person's, made elsewhere) is acknowledged", async () => {
    const world = gateWorld({ deliverWebhooks: false });
    const response = await world.handlers.webhook(await signedRequest(fullEvent('inq_unknown1', 'zed', 'approved', new Date().toISOString())));
    assert.equal(response.status, 200);
  });

  test('4xx only for what Persona never sends: not JSON (400), not POST (405), over 1 MB (413)', async () => {
    const world = gateWorld();
    assert.equal((await world.handlers.webhook(await signedRequest('not json'))).status, 400);
    assert.equal((await world.handlers.webhook(new Request('https://host.example/w'))).status, 405);
    const huge = await world.handlers.webhook(new Request('https://host.example/w', { method: 'POST', body: 'x'.repeat(1_000_001) }));
    assert.equal(huge.status, 413);
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
