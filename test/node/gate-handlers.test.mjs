// createGateHandlers: the gate's protocol, spoken by the real handlers against
// the Persona API stand-in, from the host's side and from an attacker's.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';
import { apiKey, gateWorld, webhookSecret } from './support/gate-world.mjs';
import { server, testing } from './support/source.mjs';

const declineReasons = ['blurry_photo', 'glare', 'document_expired', 'document_not_accepted', 'face_mismatch', 'selfie_failed', 'technical'];

describe('identify: the person comes from the host, never from the browser', () => {
  test('no identity: 401 from session and status, and Persona is never asked', async () => {
    const world = gateWorld();
    assert.equal((await world.session(undefined)).status, 401);
    assert.deepEqual((await world.status(undefined)).body, { error: 'unauthenticated' });
    assert.equal((await world.status('')).status, 401);
    assert.equal(world.api.requests.length, 0);
  });

  test("a referenceId in session-url's body is ignored: the inquiry is the identified person's", async () => {
    const world = gateWorld();
    const { body } = await world.session('alice', { scope: 'default', referenceId: 'bob' });
    assert.deepEqual(world.api.inquiries('alice').map((inquiry) => inquiry.id), [body.inquiryId]);
    assert.deepEqual(world.api.inquiries('bob'), []);
  });

  test('an identify that throws is a 500 without its message', async () => {
    const api = testing.createPersonaApiStandIn({ apiKey });
    const errors = [];
    const handlers = server.createGateHandlers({
      persona: server.createPersonaClient({ apiKey, baseUrl: api.baseUrl, fetch: api.fetch }),
      templateId: 'itmpl_gate',
      identify: () => {
        throw new Error('session store down at db-7.internal');
      },
      onError: (error) => errors.push(error),
    });
    const response = await handlers.status(new Request('https://host.example/status'));
    assert.equal(response.status, 500);
    assert.equal(await response.text(), '{"error":"internal_error"}');
    assert.equal(errors.length, 1, 'the host hears of it through onError');
  });
});

describe('session', () => {
  test('creates an inquiry for the person and returns its id and a session token', async () => {
    const world = gateWorld();
    const { status, body, response } = await world.session('alice');
    assert.equal(status, 200);
    assert.match(body.inquiryId, /^inq_/);
    assert.match(body.sessionToken, /^sess_/);
    assert.deepEqual(Object.keys(body).sort(), ['inquiryId', 'sessionToken']);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(response.headers.get('content-type'), /^application\/json/);
  });

  test("resumes the person's open inquiry (created, then pending) instead of creating another", async () => {
    const world = gateWorld();
    const first = (await world.session('alice')).body;
    const again = (await world.session('alice')).body;
    assert.equal(again.inquiryId, first.inquiryId);
    await world.api.start(first.inquiryId);
    assert.equal((await world.session('alice')).body.inquiryId, first.inquiryId, 'pending: the person left the flow');
    assert.equal(world.api.inquiries('alice').length, 1);
    const creates = world.api.requests.filter((request) => request.method === 'POST' && request.url === '/api/v1/inquiries');
    assert.equal(creates.length, 1);
  });

  test('after a decline a new inquiry; once approved, none (409); with no attempts left, none (409)', async () => {
    const world = gateWorld({ maxAttempts: 2 });
    const declined = await world.attempt('alice', 'fail');
    const next = (await world.session('alice')).body.inquiryId;
    assert.notEqual(next, declined);

    await world.api.submit(next, 'fail');
    assert.deepEqual((await world.session('alice')).body, { error: 'no_attempts_left' });

    await world.attempt('carol');
    assert.deepEqual(await world.session('carol').then((answer) => [answer.status, answer.body]), [409, { error: 'already_verified' }]);
  });

  test('only POST', async () => {
    const world = gateWorld();
    const response = await world.handlers.session(new Request('https://host.example/s', { headers: { 'x-person': 'alice' } }));
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
  });
});

describe('status: Persona statuses in the gate\'s words', () => {
  // What each Persona status means for the inquiry the person just finished (inquiry-id)
  // and for the person on connect (no inquiry-id).
  const table = [
    ['created', { status: 'unverified', attemptsRemaining: 3 }, { status: 'unverified', attemptsRemaining: 3 }],
    ['pending', { status: 'pending', retryAfterMs: 2000 }, { status: 'unverified', attemptsRemaining: 3 }],
    ['completed', { status: 'approved' }, { status: 'approved' }],
    ['failed', { status: 'declined', attemptsRemaining: 2 }, { status: 'declined', attemptsRemaining: 2 }],
    ['expired', { status: 'unverified', attemptsRemaining: 3 }, { status: 'unverified', attemptsRemaining: 3 }],
    ['needs_review', { status: 'pending', retryAfterMs: 10000 }, { status: 'pending', retryAfterMs: 10000 }],
    ['approved', { status: 'approved' }, { status: 'approved' }],
    ['declined', { status: 'declined', attemptsRemaining: 2 }, { status: 'declined', attemptsRemaining: 2 }],
  ];
  for (const [personaStatus, afterFlow, onConnect] of table) {
    test(`${personaStatus} → ${afterFlow.status} after the flow, ${onConnect.status} on connect`, async () => {
      const world = gateWorld();
      const { inquiryId } = (await world.session('alice')).body;
      await world.api.decide(inquiryId, { status: personaStatus });
      assert.deepEqual((await world.status('alice', inquiryId)).body, afterFlow);
      assert.deepEqual((await world.status('alice')).body, onConnect);
    });
  }

  test('with waitForDecision, completed is pending until Persona approves', async () => {
    const world = gateWorld({ waitForDecision: true });
    world.api.script('alice', { status: 'completed' });
    const inquiryId = await world.attempt('alice');
    assert.equal((await world.status('alice', inquiryId)).body.status, 'pending');
    await world.api.decide(inquiryId, { status: 'approved' });
    assert.deepEqual((await world.status('alice', inquiryId)).body, { status: 'approved' });
  });

  test('a person with no inquiries is unverified with every attempt left', async () => {
    assert.deepEqual((await gateWorld({ maxAttempts: 5 }).status('alice')).body, { status: 'unverified', attemptsRemaining: 5 });
  });

  for (const reason of declineReasons) {
    test(`a decline for ${reason} says so, from Persona's failed check`, async () => {
      const world = gateWorld();
      world.api.script('alice', { status: 'declined', reason });
      const inquiryId = await world.attempt('alice', 'fail');
      assert.deepEqual((await world.status('alice', inquiryId)).body, { status: 'declined', reason, attemptsRemaining: 2 });
    });
  }

  for (const reason of ['unsupported_region', 'underage']) {
    test(`a failed check that no retry can fix blocks: ${reason}`, async () => {
      const world = gateWorld();
      world.api.script('alice', { status: 'declined', reason });
      const inquiryId = await world.attempt('alice', 'fail');
      assert.deepEqual((await world.status('alice', inquiryId)).body, { status: 'blocked', reason });
      assert.deepEqual((await world.status('alice')).body, { status: 'blocked', reason });
      assert.deepEqual((await world.session('alice')).body, { error: 'blocked' });
    });
  }

  test("attempts remaining count the person's own failed or declined inquiries, to exhausted", async () => {
    const world = gateWorld({ maxAttempts: 3 });
    await world.attempt('bob', 'fail');
    await world.attempt('alice', 'fail');
    await world.attempt('alice', 'fail');
    assert.equal((await world.status('alice')).body.attemptsRemaining, 1);
    assert.equal((await world.status('bob')).body.attemptsRemaining, 2);
    const last = await world.attempt('alice', 'fail');
    assert.deepEqual((await world.status('alice', last)).body, { status: 'declined', attemptsRemaining: 0 });
  });

  test("another person's inquiry id: 403, even when it is approved; it never unlocks", async () => {
    const world = gateWorld();
    const bobs = await world.attempt('bob');
    assert.deepEqual((await world.status('bob', bobs)).body, { status: 'approved' });
    const answer = await world.status('mallory', bobs);
    assert.equal(answer.status, 403);
    assert.deepEqual(answer.body, { error: 'not_your_inquiry' });
    assert.notEqual((await world.status('mallory')).body.status, 'approved');
    assert.equal((await world.status('mallory', 'inq_doesnotexist')).status, 403, 'unknown ids answer the same');
  });

  test('an inquiry-id that is not an inquiry id is a 400 and never reaches Persona', async () => {
    const world = gateWorld();
    world.apiCalls();
    for (const id of ['', '../accounts', 'inq_../../x', 'inq_a/resume', `inq_${'a'.repeat(100)}`, 'inq_%2e%2e', 'act_123']) {
      assert.equal((await world.status('alice', id)).status, 400, id);
    }
    assert.deepEqual(world.apiCalls(), []);
  });
});

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
