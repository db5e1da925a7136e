// The record of each person's standing (issue 17): Persona requests grow with
// verifications, not page views; single flight; the fallback read; what the
// record never saw (reconcile, forget); session's one open inquiry; `fetch`,
// `standing` and `guard`. Outages: gate-outage.test.mjs; Redis: redis-store.test.mjs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gateWorld } from './support/gate-world.mjs';
import { server } from './support/source.mjs';

/** A store that vouches for absence, as Redis or a database does. */
const durableStore = () => ({ ...server.createMemoryStore(), durable: true });

describe('page views of settled people ask Persona nothing', () => {
  test('never started (durable store): unverified with every attempt, no Persona request', async () => {
    const world = gateWorld({ store: durableStore() });
    for (let i = 0; i < 5; i++) assert.deepEqual((await world.status(`person-${i}`)).body, { status: 'unverified', attemptsRemaining: 3 });
    assert.equal(world.api.requests.length, 0);
  });

  test('approved, blocked, out of attempts: a hundred page views, no Persona request', async () => {
    const world = gateWorld({ store: durableStore(), maxAttempts: 1 });
    await world.attempt('approved');
    world.api.script('blocked', { status: 'declined', reason: 'underage' });
    await world.attempt('blocked', 'fail');
    await world.attempt('exhausted', 'fail');
    world.apiCalls();
    for (let i = 0; i < 100; i++) {
      assert.equal((await world.status('approved')).body.status, 'approved');
      assert.equal((await world.status('blocked')).body.status, 'blocked');
      assert.equal((await world.status('exhausted')).body.attemptsRemaining, 0);
    }
    assert.deepEqual(world.apiCalls(), []);
  });

  test('a whole verification costs a handful of Persona requests, however many page views surround it', async () => {
    const world = gateWorld({ store: durableStore() });
    for (let i = 0; i < 20; i++) await world.status('alice');
    const { inquiryId } = (await world.session('alice')).body;
    await world.api.submit(inquiryId, 'complete');
    for (let i = 0; i < 20; i++) await world.status('alice', inquiryId);
    for (let i = 0; i < 20; i++) await world.status('alice');
    const calls = world.apiCalls().map((call) => `${call.method} ${call.url.split('?')[0]}`);
    // The session's list, create and resume: the rest came by webhook.
    assert.deepEqual(calls, ['GET /api/v1/inquiries', 'POST /api/v1/inquiries', `POST /api/v1/inquiries/${inquiryId}/resume`]);
  });
});

describe('what the record never saw', () => {
  test('the memory store after a restart: a person costs one list, once, however many ask at once', async () => {
    const world = gateWorld();
    await world.attempt('alice');
    const restarted = world.instance({ store: server.createMemoryStore() });
    world.apiCalls();
    const answers = await Promise.all(Array.from({ length: 10 }, () => world.status('alice', undefined, restarted)));
    for (const { body } of answers) assert.deepEqual(body, { status: 'approved' });
    assert.deepEqual(world.apiCalls().map((call) => call.method), ['GET'], 'one list for ten concurrent requests');
    await world.status('alice', undefined, restarted);
    assert.deepEqual(world.apiCalls(), []);
  });

  test('single flight across instances: two instances, one store, one list', async () => {
    const store = server.createMemoryStore();
    const world = gateWorld({ store });
    const [one, two] = [world.instance(), world.instance()];
    await world.api.decide((await world.session('bob')).body.inquiryId, { status: 'approved' }); // bob is recorded
    await store.delete('itmpl_gate:bob'); // as if evicted
    world.apiCalls();
    const answers = await Promise.all([world.status('bob', undefined, one), world.status('bob', undefined, two), world.status('bob', undefined, one)]);
    for (const { body } of answers) assert.deepEqual(body, { status: 'approved' });
    assert.equal(world.apiCalls().length, 1);
  });

  test('reconcile: a person with inquiries made before the record existed is looked up once', async () => {
    const store = durableStore();
    const world = gateWorld({ store });
    const inquiryId = await world.attempt('legacy');
    await store.delete('itmpl_gate:legacy'); // the inquiry predates the record
    assert.deepEqual((await world.status('legacy')).body, { status: 'unverified', attemptsRemaining: 3 }, 'default: never seen');
    const reconciling = world.instance({ reconcile: true });
    world.apiCalls();
    assert.deepEqual((await world.status('legacy', undefined, reconciling)).body, { status: 'approved' });
    assert.deepEqual((await world.status('legacy', inquiryId, reconciling)).body, { status: 'approved' });
    assert.equal(world.apiCalls().length, 1);
  });

  test('an inquiry id the record does not hold: one list, then 403 unless it is the person\'s own', async () => {
    const world = gateWorld({ store: durableStore() });
    const bobs = await world.attempt('bob');
    world.apiCalls();
    assert.equal((await world.status('mallory', bobs)).status, 403);
    assert.equal(world.apiCalls().length, 1);
    for (let i = 0; i < 5; i++) assert.equal((await world.status('mallory', `inq_madeup${i}`)).status, 403);
    assert.deepEqual(world.apiCalls(), [], 'made-up ids cost at most one list per person per 10 s');
  });

  test('forget: the record learns the person again from Persona; a failure keeps the old record', async () => {
    const store = durableStore();
    const world = gateWorld({ store, deliverWebhooks: false });
    const { inquiryId } = (await world.session('alice')).body;
    await world.api.decide(inquiryId, { status: 'approved' }); // a decision by hand, its webhook lost
    assert.equal((await world.status('alice')).body.status, 'unverified');
    assert.deepEqual(await world.handlers.forget('alice'), { status: 'approved' });
    assert.deepEqual((await world.status('alice')).body, { status: 'approved' });
    world.api.failNext({ status: 500 }, 3);
    await assert.rejects(world.instance({ clientOptions: { maxRetries: 0 } }).forget('alice'), { name: 'PersonaApiError' });
    assert.deepEqual((await world.status('alice')).body, { status: 'approved' });
  });
});

describe('the fallback read, when no webhook comes', () => {
  test('an inquiry in flight is read at most once per 10 s (on the handlers\' clock), across instances', async () => {
    let now = Date.now();
    const store = server.createMemoryStore({ now: () => now });
    const world = gateWorld({ store, now: () => now, deliverWebhooks: false, waitForDecision: true });
    const other = world.instance();
    const { inquiryId } = (await world.session('alice')).body;
    await world.api.decide(inquiryId, { status: 'needs_review' });
    world.apiCalls();
    // created, just now: the browser says the flow ended, so the first poll asks Persona
    assert.deepEqual((await world.status('alice', inquiryId)).body, { status: 'pending', retryAfterMs: 10_000 });
    assert.equal(world.apiCalls().length, 1);
    now += 9_999;
    for (const via of [world.handlers, other]) await world.status('alice', inquiryId, via);
    assert.deepEqual(world.apiCalls(), [], 'within 10 s: from the record');
    await world.api.decide(inquiryId, { status: 'approved' });
    now += 10;
    const answers = await Promise.all([world.status('alice', inquiryId), world.status('alice', inquiryId, other), world.status('alice')]);
    assert.equal(world.apiCalls().length, 1, 'one read for all');
    assert.ok(answers.some(({ body }) => body.status === 'approved'));
    assert.deepEqual((await world.status('alice', undefined, other)).body, { status: 'approved' });
  });

  test('a webhook within the 10 s makes the read unnecessary', async () => {
    let now = Date.now();
    const world = gateWorld({ store: server.createMemoryStore({ now: () => now }), now: () => now });
    const { inquiryId } = (await world.session('alice')).body;
    await world.api.start(inquiryId);
    world.apiCalls();
    now += 20_000;
    await world.api.submit(inquiryId, 'complete');
    assert.deepEqual((await world.status('alice', inquiryId)).body, { status: 'approved' });
    assert.deepEqual(world.apiCalls(), []);
  });
});

describe('session', () => {
  test('concurrent sessions of one person (a double click, two tabs, two instances) leave one open inquiry', async () => {
    const store = server.createMemoryStore();
    const world = gateWorld({ store });
    const other = world.instance();
    const answers = await Promise.all([world.session('alice'), world.session('alice', undefined, other), world.session('alice')]);
    assert.equal(world.api.inquiries('alice').length, 1);
    assert.equal(new Set(answers.map(({ body }) => body.inquiryId)).size, 1);
  });

  test('an expired inquiry is resumed, not replaced', async () => {
    const world = gateWorld();
    const { inquiryId } = (await world.session('alice')).body;
    await world.api.decide(inquiryId, { status: 'expired' });
    assert.equal((await world.session('alice')).body.inquiryId, inquiryId);
    assert.equal(world.api.inquiries('alice').length, 1);
  });
});

describe('fetch, standing and guard', () => {
  test('fetch routes …/session, …/status and …/webhook by the last segment, under any prefix', async () => {
    const world = gateWorld();
    const person = { 'x-person': 'alice' };
    const session = await world.handlers.fetch(new Request('https://host.example/any/prefix/session', { method: 'POST', headers: person }));
    const { inquiryId } = await session.json();
    await world.api.submit(inquiryId, 'complete');
    const status = await world.handlers.fetch(new Request(`https://host.example/idv/status/?inquiry-id=${inquiryId}`, { headers: person }));
    assert.deepEqual(await status.json(), { status: 'approved' });
    assert.equal((await world.handlers.fetch(new Request('https://host.example/idv/webhook', { method: 'POST', body: '{}' }))).status, 401);
    assert.equal((await world.handlers.fetch(new Request('https://host.example/idv/status', { method: 'POST', headers: person }))).status, 405);
    const unknown = await world.handlers.fetch(new Request('https://host.example/idv/session/extra', { headers: person }));
    assert.equal(unknown.status, 404);
    assert.deepEqual(await unknown.json(), { error: 'not_found' });
  });

  test('standing and guard answer from the record: no Persona request for a recorded person', async () => {
    const world = gateWorld({ store: durableStore() });
    await world.attempt('alice');
    world.apiCalls();
    assert.deepEqual(await world.handlers.standing('alice'), { status: 'approved' });
    assert.deepEqual(await world.handlers.standing('bob'), { status: 'unverified', attemptsRemaining: 3 });
    const as = (person) => new Request('https://host.example/api/tools', { headers: person ? { 'x-person': person } : {} });
    assert.equal(await world.handlers.guard(as('alice')), undefined);
    const denied = await world.handlers.guard(as('bob'));
    assert.equal(denied.status, 403);
    assert.deepEqual(await denied.json(), { error: 'verification_required', status: 'unverified' });
    assert.equal((await world.handlers.guard(as(undefined))).status, 401);
    assert.deepEqual(world.apiCalls(), []);
  });
});
