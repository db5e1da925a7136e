// createGateHandlers: the gate's protocol (identify, session, status), spoken by
// the real handlers against the Persona API stand-in, from the host's side and
// from an attacker's. Webhooks, caches and Persona's failures: gate-webhook.test.mjs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { apiKey, gateWorld } from './support/gate-world.mjs';
import { server, testing } from './support/source.mjs';

// Reasons with advice (face_mismatch is a fraud check at Persona: general words, see check-reasons.test.mjs).
const declineReasons = ['blurry_photo', 'glare', 'document_expired', 'document_not_accepted', 'selfie_failed', 'technical'];

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
