// The record's store as the handlers use it: answered from the record, shared by
// instances, a broken store not believed; createMemoryStore's rules; `cache`, the old name.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { gateWorld } from './support/gate-world.mjs';
import { server } from './support/source.mjs';

describe('the record (store)', () => {
  test('repeated status calls are answered from the record', async () => {
    const world = gateWorld();
    await world.status('alice');
    world.apiCalls();
    await world.status('alice');
    await world.status('alice');
    assert.deepEqual(world.apiCalls(), []);
  });

  test('one store, two instances: the one that hears the webhook tells the other at once', async () => {
    const store = server.createMemoryStore();
    const world = gateWorld({ store });
    const other = world.instance();
    const inquiryId = await world.attempt('alice');
    world.apiCalls();
    assert.deepEqual((await world.status('alice', inquiryId, other)).body, { status: 'approved' });
    assert.deepEqual(world.apiCalls(), []);
  });

  test('whatever a broken store returns is not believed', async () => {
    const store = {
      durable: true,
      get: async () => ({ inquiries: [{ id: 'inq_fake', status: 'approved' }, 'approved', null] }),
      merge: async () => {},
      delete: async () => {},
      lock: async () => 'token',
      unlock: async () => {},
    };
    const world = gateWorld({ store });
    assert.deepEqual((await world.status('alice')).body, { status: 'unverified', attemptsRemaining: 3 });
  });

  test('createMemoryStore: a newer observation wins, an older or equal one changes nothing', async () => {
    const store = server.createMemoryStore();
    const inquiry = (status, asOf) => ({ id: 'inq_a', status, referenceId: 'alice', templateId: null, createdAt: 'x', failedChecks: [], asOf });
    await store.merge('k', [inquiry('pending', 10)]);
    await store.merge('k', [inquiry('approved', 20)]);
    await store.merge('k', [inquiry('pending', 15)]);
    await store.merge('k', [inquiry('declined', 20)]);
    assert.deepEqual((await store.get('k')).inquiries.map((one) => one.status), ['approved']);
    await store.merge('empty', []);
    assert.deepEqual(await store.get('empty'), { inquiries: [] }, 'an empty merge records a person with no inquiries');
    await store.delete('k');
    assert.equal(await store.get('k'), undefined);
    assert.equal(store.durable, false);
  });

  test('createMemoryStore: bounded; the least recently used person goes first', async () => {
    const store = server.createMemoryStore({ maxPeople: 2 });
    await store.merge('a', []);
    await store.merge('b', []);
    await store.get('a');
    await store.merge('c', []);
    assert.ok(await store.get('a'));
    assert.equal(await store.get('b'), undefined, 'evicted');
    assert.throws(() => server.createMemoryStore({ maxPeople: 0 }), /maxPeople/);
  });

  test('createMemoryStore: a lock is held until its time passes or its holder releases it', async () => {
    let now = 0;
    const store = server.createMemoryStore({ now: () => now });
    const token = await store.lock('x', 100);
    assert.ok(token);
    assert.equal(await store.lock('x', 100), null);
    await store.unlock('x', 'not-the-token');
    assert.equal(await store.lock('x', 100), null, 'only the holder releases it');
    now = 100;
    const next = await store.lock('x', 100);
    assert.ok(next, 'expired');
    await store.unlock('x', next);
    assert.ok(await store.lock('x', 100));
  });

  test('`cache` is the old name of `store`; anything but a store is a TypeError naming it', async () => {
    const store = server.createMemoryStore();
    const world = gateWorld();
    const viaCache = world.instance({ store: undefined, cache: store });
    await world.status('alice', undefined, viaCache);
    assert.ok(await store.get('itmpl_gate:alice'), 'the record went to the store passed as cache');
    assert.throws(() => world.instance({ cache: new Map() }), /cache must be a GateStore/);
    assert.throws(() => world.instance({ store: {} }), /store must be a GateStore/);
  });
});

