// The testing kit's Persona API stand-in, checked against Persona's documented
// shapes (support/persona-shapes.mjs) over real HTTP, and its documented
// behaviours: idempotency replay (failures included) and webhook redelivery.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkShape, errorShape, inquiryListShape, inquiryShape, verificationShape, webhookEventShape } from './support/persona-shapes.mjs';
import { testing } from './support/source.mjs';

const apiKey = 'persona_sandbox_contract_KEY';
const events = [];
const api = testing.createPersonaApiStandIn({
  apiKey,
  webhook: { to: async (request) => (events.push(JSON.parse(await request.text())), new Response(null, { status: 204 })), secret: 'wbhsec_x' },
});
let served;
before(async () => (served = await api.listen()));
after(() => served.close());

const call = (path, init = {}) =>
  fetch(`${served.url}${path}`, { ...init, headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', ...init.headers } });
const create = (key, referenceId = 'user-1') =>
  call('/api/v1/inquiries', {
    method: 'POST',
    headers: key ? { 'idempotency-key': key } : {},
    body: JSON.stringify({ data: { attributes: { 'inquiry-template-id': 'itmpl_x', 'reference-id': referenceId } } }),
  });

describe("the stand-in's JSON fits Persona's shapes (over HTTP)", () => {
  test('inquiry, verifications with checks, list with links, error, webhook event', async () => {
    const created = await (await create()).json();
    assert.deepEqual(inquiryShape(created.data), []);
    api.script('user-1', { status: 'declined', reason: 'glare' });
    await api.submit(created.data.id, 'fail');
    const retrieved = await (await call(`/api/v1/inquiries/${created.data.id}?include=verifications`)).json();
    assert.deepEqual(inquiryShape(retrieved.data), []);
    assert.ok(retrieved.included.length >= 2);
    for (const verification of retrieved.included) assert.deepEqual(verificationShape(verification), []);
    const checks = retrieved.included.flatMap((verification) => verification.attributes.checks);
    for (const check of checks) assert.deepEqual(checkShape(check), []);
    assert.ok(checks.some((check) => check.requirement === 'not_required'), 'defaults include not_required checks');
    assert.ok(checks.some((check) => check.name === 'id_glare_detection' && check.status === 'failed' && check.requirement === 'required'));

    const list = await (await call('/api/v1/inquiries?filter%5Breference-id%5D=user-1&page%5Bsize%5D=1')).json();
    assert.deepEqual(inquiryListShape(list), []);

    const missing = await call('/api/v1/inquiries/inq_missing');
    assert.equal(missing.status, 404);
    assert.deepEqual(errorShape(await missing.json()), []);

    await api.settled();
    assert.ok(events.length >= 2);
    for (const event of events) assert.deepEqual(webhookEventShape(event), []);
  });

  test('the shapes catch a departure (they can fail)', () => {
    assert.notDeepEqual(checkShape({ name: 'id_glare_detection', status: 'failed', reasons: [], metadata: {} }), []);
    assert.notDeepEqual(inquiryShape({ type: 'inquiry', id: 'inq_1', attributes: { status: 'approved' } }), []);
  });
});

describe('idempotency as Persona documents it', () => {
  test('the first answer for a key is replayed, a 500 included', async () => {
    api.failNext({ status: 500 });
    const first = await create('key-500');
    const again = await create('key-500');
    assert.equal(first.status, 500);
    assert.equal(again.status, 500, 'replayed, not retried');
    assert.equal(await again.text(), await first.text());
  });

  test('a created inquiry is replayed for its key: one inquiry', async () => {
    const before = api.inquiries('user-idem').length;
    const first = await (await create('key-created', 'user-idem')).json();
    const again = await (await create('key-created', 'user-idem')).json();
    assert.equal(again.data.id, first.data.id);
    assert.equal(api.inquiries('user-idem').length, before + 1);
  });
});

describe('webhook redelivery on a non-2xx answer', () => {
  test("five attempts on Persona's schedule (compressed), each with Persona's attempt headers, until a 2xx", async () => {
    const seen = [];
    const answers = [500, 400, 502, 204];
    const redelivering = testing.createPersonaApiStandIn({
      apiKey,
      webhook: {
        to: (request) => {
          seen.push({
            made: request.headers.get('persona-webhook-attempts-made'),
            left: request.headers.get('persona-webhook-attempts-left'),
            signed: request.headers.get('persona-signature') !== null,
          });
          return new Response(null, { status: answers.shift() ?? 204 });
        },
        secret: 'wbhsec_x',
        scheduleMs: [0, 3, 18, 83, 258],
      },
    });
    const { data } = await (await redelivering.fetch(`${redelivering.baseUrl}/api/v1/inquiries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ data: { attributes: { 'inquiry-template-id': 'itmpl_x', 'reference-id': 'r' } } }),
    })).json();
    await redelivering.start(data.id);
    await redelivering.settled();
    assert.deepEqual(seen.map(({ made, left }) => [made, left]), [['1', '4'], ['2', '3'], ['3', '2'], ['4', '1']]);
    assert.ok(seen.every(({ signed }) => signed));
    assert.deepEqual(redelivering.webhookAttempts.map(({ status }) => status), [500, 400, 502, 204]);
    assert.equal(new Set(redelivering.webhookAttempts.map(({ eventId }) => eventId)).size, 1, 'the same event each time');
  });

  test('an endpoint that never answers 2xx gets five attempts, then no more', async () => {
    let attempts = 0;
    const stubborn = testing.createPersonaApiStandIn({
      apiKey,
      webhook: { to: () => (attempts++, new Response(null, { status: 503 })), secret: 's', scheduleMs: [0, 1, 2, 3, 4] },
    });
    const inquiry = await (await stubborn.fetch(`${stubborn.baseUrl}/api/v1/inquiries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ data: { attributes: { 'inquiry-template-id': 'itmpl_x' } } }),
    })).json();
    await stubborn.start(inquiry.data.id);
    await stubborn.settled();
    assert.equal(attempts, 5);
  });

  test("Persona's documented schedule is the default", () => {
    assert.deepEqual([...testing.personaRedeliverySchedule], [0, 3, 18, 83, 258]);
  });
});
