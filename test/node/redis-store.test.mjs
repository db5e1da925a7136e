// createRedisStore against a real redis-server (started here on a free port, and
// stopped), through both clients it takes: `redis` (node-redis) and `ioredis`.
// Two handler instances share it: what a webhook tells one, the other knows at once.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { startRedisServer } from '../../scripts/support/redis-server.mjs';
import { gateWorld } from './support/gate-world.mjs';
import { server } from './support/source.mjs';

let redis;
const clients = [];
before(async () => {
  redis = await startRedisServer();
});
after(async () => {
  for (const close of clients) await close();
  await redis?.stop();
});

const connect = {
  'redis (node-redis)': async () => {
    const client = createClient({ url: redis.url });
    await client.connect();
    clients.push(() => client.quit());
    return client;
  },
  ioredis: async () => {
    const client = new Redis(redis.url);
    clients.push(async () => client.disconnect());
    return client;
  },
};

const observed = (id, status, asOf) => ({ id, status, referenceId: 'alice', templateId: 'itmpl_gate', createdAt: '2026-01-01T00:00:00Z', failedChecks: [], asOf });

for (const [name, open] of Object.entries(connect)) {
  describe(`createRedisStore with ${name}`, () => {
    let client;
    let prefix;
    before(async () => {
      client = await open();
    });
    const fresh = () => server.createRedisStore(client, { prefix: (prefix = `t${Math.random().toString(36).slice(2)}:`) });

    test('a record: absent, then created empty, then holding the newest observation of each inquiry', async () => {
      const store = fresh();
      assert.equal(store.durable, true);
      assert.equal(await store.get('alice'), undefined);
      await store.merge('alice', []);
      assert.deepEqual(await store.get('alice'), { inquiries: [] });
      await store.merge('alice', [observed('inq_a', 'pending', 10), observed('inq_b', 'created', 10)]);
      await store.merge('alice', [observed('inq_a', 'approved', 30)]);
      await store.merge('alice', [observed('inq_a', 'pending', 20), observed('inq_b', 'expired', 10)]);
      const { inquiries } = await store.get('alice');
      assert.deepEqual(inquiries.map(({ id, status }) => [id, status]).sort(), [['inq_a', 'approved'], ['inq_b', 'created']]);
      await store.delete('alice');
      assert.equal(await store.get('alice'), undefined);
    });

    test('merges racing from many connections keep the newest, whatever the order they land in', async () => {
      const store = fresh();
      const others = await Promise.all([open(), open(), open()]);
      const stores = others.map((other) => server.createRedisStore(other, { prefix }));
      const writes = [];
      for (let asOf = 1; asOf <= 60; asOf++) writes.push(stores[asOf % 3].merge('alice', [observed('inq_a', `s${asOf}`, asOf)]));
      await Promise.all(writes.reverse());
      assert.deepEqual((await store.get('alice')).inquiries.map((inquiry) => inquiry.status), ['s60']);
    });

    test('locks: SET NX PX; only the holder releases; they expire', async () => {
      const store = fresh();
      const token = await store.lock('x', 60_000);
      assert.ok(token);
      assert.equal(await store.lock('x', 60_000), null);
      await store.unlock('x', 'someone-else');
      assert.equal(await store.lock('x', 60_000), null);
      await store.unlock('x', token);
      assert.ok(await store.lock('x', 60_000));
      assert.ok(await store.lock('short', 1));
      const ttl = await client[name === 'ioredis' ? 'pttl' : 'pTTL'](`${prefix}lock:x`);
      assert.ok(ttl > 0 && ttl <= 60_000, 'an expiry is set');
    });

    test('values in the hash that are not observations are not believed', async () => {
      const store = fresh();
      await store.merge('alice', [observed('inq_a', 'pending', 1)]);
      const key = `${prefix}person:alice`;
      const args = [key, 'i:inq_b', '{"id":"inq_b","status":"approved"}', 'i:inq_c', 'not json'];
      await (name === 'ioredis' ? client.call('HSET', args) : client.sendCommand(['HSET', ...args]));
      assert.deepEqual((await store.get('alice')).inquiries.map((inquiry) => inquiry.id), ['inq_a']);
    });

    test('two handler instances share one truth: a webhook reaching one is seen by the other at once', async () => {
      const store = fresh();
      const world = gateWorld({ store }); // the stand-in's webhooks reach the first instance only
      const other = world.instance();
      const { inquiryId } = (await world.session('alice', undefined, other)).body;
      await world.api.submit(inquiryId, 'complete');
      world.apiCalls();
      assert.deepEqual((await world.status('alice', inquiryId, other)).body, { status: 'approved' });
      assert.deepEqual((await world.status('alice', undefined, other)).body, { status: 'approved' });
      assert.deepEqual((await world.status('bob', undefined, other)).body, { status: 'unverified', attemptsRemaining: 3 });
      assert.deepEqual(world.apiCalls(), [], 'neither Persona nor a cache of its own: the shared record');
    });

    test('single flight across instances through Redis: concurrent sessions make one inquiry', async () => {
      const store = fresh();
      const world = gateWorld({ store });
      const instances = [world.handlers, world.instance(), world.instance()];
      const answers = await Promise.all(instances.map((via) => world.session('carol', undefined, via)));
      assert.equal(world.api.inquiries('carol').length, 1);
      assert.equal(new Set(answers.map(({ body }) => body.inquiryId)).size, 1);
    });
  });
}

test('createRedisStore refuses what is not a client', () => {
  assert.throws(() => server.createRedisStore({}), /redis.*ioredis/);
});
