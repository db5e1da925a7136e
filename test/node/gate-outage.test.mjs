// Persona down (5xx, 429, garbage, unreachable): people whose standing is known
// keep it; only work that needs Persona now gets the gate's error; onError hears
// of every failure.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gateWorld } from './support/gate-world.mjs';
import { server } from './support/source.mjs';

const outages = [
  ['500', { status: 500 }],
  ['429', { status: 429 }],
  ['garbage', 'garbage'],
  ['unreachable', 'network'],
];

/** Settled people, recorded before the outage, on a store that vouches for absence (as Redis does). */
async function settledWorld(options = {}) {
  const errors = [];
  let now = Date.now();
  const store = { ...server.createMemoryStore({ now: () => now }), durable: true };
  const world = gateWorld({ store, maxAttempts: 2, now: () => now, clientOptions: { maxRetries: 0 }, onError: (error) => errors.push(error), ...options });
  await world.attempt('approved');
  world.api.script('blocked', { status: 'declined', reason: 'unsupported_region' });
  await world.attempt('blocked', 'fail');
  world.api.script('declined', { status: 'declined', reason: 'glare' });
  await world.attempt('declined', 'fail');
  world.api.script('reviewing', { status: 'needs_review' });
  const reviewing = await world.attempt('reviewing');
  return { world, errors, reviewing, later: (ms) => (now += ms) };
}

describe('when Persona is down', () => {
  for (const [what, failure] of outages) {
    test(`Persona ${what}: known standings are answered as before, and nothing asks Persona`, async () => {
      const { world, errors } = await settledWorld();
      world.api.failNext(failure, 50);
      world.apiCalls();
      assert.deepEqual((await world.status('approved')).body, { status: 'approved' });
      assert.deepEqual((await world.status('blocked')).body, { status: 'blocked', reason: 'unsupported_region' });
      assert.deepEqual((await world.status('declined')).body, { status: 'declined', reason: 'glare', attemptsRemaining: 1 });
      assert.deepEqual((await world.status('never-seen')).body, { status: 'unverified', attemptsRemaining: 2 });
      assert.deepEqual(world.apiCalls(), []);
      assert.deepEqual(errors, []);
    });
  }

  test('an inquiry under review whose fallback read fails: still pending from the record, and onError hears', async () => {
    const { world, errors, reviewing, later } = await settledWorld();
    world.api.failNext({ status: 503 }, 50);
    later(10_001);
    assert.deepEqual((await world.status('reviewing', reviewing)).body, { status: 'pending', retryAfterMs: 10_000 });
    assert.equal(errors.length, 1);
    assert.equal(errors[0].name, 'PersonaApiError');
    later(10_001);
    assert.deepEqual((await world.status('reviewing')).body, { status: 'pending', retryAfterMs: 10_000 });
    assert.equal(errors.length, 2, 'every time');
  });

  test('approved never expires by itself: a day later, Persona down, still approved', async () => {
    const { world, later } = await settledWorld();
    later(24 * 3600_000);
    world.api.failNext('network', 50);
    assert.deepEqual((await world.status('approved')).body, { status: 'approved' });
  });

  test('work that needs Persona now gets the gate\'s error: a new session, a person the memory store lost', async () => {
    const { world, errors } = await settledWorld();
    world.api.failNext({ status: 500 }, 50);
    const session = await world.session('declined');
    assert.equal(session.status, 502);
    assert.deepEqual(session.body, { error: 'persona_unavailable' });
    const restarted = world.instance({ store: server.createMemoryStore() });
    const lost = await world.status('approved', undefined, restarted);
    assert.equal(lost.status, 502);
    assert.equal(errors.length, 2);
  });

  test('a failing store: the gate\'s error (500), onError hears, nothing unlocks', async () => {
    const errors = [];
    const broken = { ...server.createMemoryStore(), durable: true, get: async () => Promise.reject(new Error('ECONNREFUSED redis:6379')) };
    const world = gateWorld({ store: broken, onError: (error) => errors.push(error) });
    const { status, body } = await world.status('alice');
    assert.equal(status, 500);
    assert.deepEqual(body, { error: 'internal_error' });
    assert.equal(errors.length, 1);
    assert.equal((await world.handlers.guard(new Request('https://host.example/t', { headers: { 'x-person': 'alice' } }))).status, 500);
  });
});
