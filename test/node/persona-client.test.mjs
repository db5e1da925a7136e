// createPersonaClient against the Persona API stand-in: the headers Persona asks
// for, idempotent creates, timeouts, bounded retries, errors without the key.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { inspect } from 'node:util';
import { server, testing } from './support/source.mjs';

const { createPersonaClient, personaApiVersion, PersonaApiError } = server;
const { createPersonaApiStandIn } = testing;
const { retryDelay, defaultRetryPolicy } = await import('./support/internals.mjs');

const apiKey = 'persona_sandbox_secret_KEY_0123456789';

function world(clientOptions = {}) {
  const api = createPersonaApiStandIn({ apiKey });
  const persona = createPersonaClient({ apiKey, baseUrl: api.baseUrl, fetch: api.fetch, ...clientOptions });
  return { api, persona };
}

/** Everything a failure could show a person or a log: message, stack, cause, JSON, inspection. */
function everythingSaidAbout(error) {
  return [String(error), error.stack, JSON.stringify(error), JSON.stringify(error?.cause ?? null), inspect(error, { depth: 5 })].join('\n');
}

describe('createPersonaClient', () => {
  test('pins Persona-Version, sends the key only as a bearer token, and reads JSON:API inquiries', async () => {
    const { api, persona } = world();
    const created = await persona.createInquiry({ templateId: 'itmpl_abc', referenceId: 'user-1', fields: { 'name-first': 'Ada' } });
    assert.match(created.id, /^inq_/);
    assert.equal(created.status, 'created');
    assert.equal(created.referenceId, 'user-1');
    assert.equal(created.templateId, 'itmpl_abc');
    for (const request of api.requests) {
      assert.equal(request.headers['persona-version'], personaApiVersion);
      assert.equal(request.authorized, true);
    }
    assert.equal(personaApiVersion, '2023-01-05');
    assert.deepEqual(api.requests[0].body, {
      data: { attributes: { 'inquiry-template-id': 'itmpl_abc', 'reference-id': 'user-1', fields: { 'name-first': 'Ada' } } },
    });

    const resumed = await persona.resumeInquiry(created.id);
    assert.match(resumed.sessionToken, /^sess_/);
    assert.equal((await persona.retrieveInquiry(created.id)).id, created.id);
    assert.deepEqual((await persona.listInquiries('user-1')).map((inquiry) => inquiry.id), [created.id]);
    assert.deepEqual(await persona.listInquiries('someone-else'), []);
  });

  test('a template version pins inquiry-template-version-id; passing both or neither is a TypeError', async () => {
    const { api, persona } = world();
    await persona.createInquiry({ templateVersionId: 'itmplv_abc', referenceId: 'user-1' });
    assert.equal(api.requests[0].body.data.attributes['inquiry-template-version-id'], 'itmplv_abc');
    await assert.rejects(persona.createInquiry({ referenceId: 'user-1' }), TypeError);
    await assert.rejects(persona.createInquiry({ templateId: 'itmpl_a', templateVersionId: 'itmplv_b', referenceId: 'u' }), TypeError);
  });

  test('after an answered 500 on create, the retry goes under a new key: Persona would only replay the 500', async () => {
    const { api, persona } = world();
    api.failNext({ status: 500 });
    const created = await persona.createInquiry({ templateId: 'itmpl_abc', referenceId: 'user-1' });
    const posts = api.requests.filter((request) => request.method === 'POST');
    assert.equal(posts.length, 2);
    assert.match(posts[0].headers['idempotency-key'], /^[0-9a-f-]{36}$/);
    assert.notEqual(posts[1].headers['idempotency-key'], posts[0].headers['idempotency-key']);
    assert.deepEqual(api.inquiries().map((inquiry) => inquiry.id), [created.id], 'one inquiry');
  });

  test('after an answered 429 on create, the retry goes under a new key too', async () => {
    const { api, persona } = world();
    api.failNext({ status: 429, retryAfter: '0' });
    await persona.createInquiry({ templateId: 'itmpl_abc', referenceId: 'user-1' });
    const keys = api.requests.map((request) => request.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.notEqual(keys[0], keys[1]);
  });

  test('after a lost answer, the retry keeps its key: Persona created the inquiry once and replays it', async () => {
    const { api, persona } = world();
    api.failNext('lost');
    const created = await persona.createInquiry({ templateId: 'itmpl_abc', referenceId: 'user-1' });
    const keys = api.requests.map((request) => request.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.equal(keys[1], keys[0]);
    assert.deepEqual(api.inquiries().map((inquiry) => inquiry.id), [created.id], 'one inquiry, not two');
    const next = await persona.createInquiry({ templateId: 'itmpl_abc', referenceId: 'user-1' });
    assert.notEqual(next.id, created.id, 'a new create gets a new key');
  });

  test('after a timeout, the retry keeps its key', async () => {
    const api = createPersonaApiStandIn({ apiKey });
    const persona = createPersonaClient({ apiKey, baseUrl: api.baseUrl, fetch: api.fetch, timeoutMs: 50 });
    api.failNext('hang');
    const keepAlive = setInterval(() => {}, 1000);
    await persona.createInquiry({ templateId: 'itmpl_abc', referenceId: 'user-1' }).finally(() => clearInterval(keepAlive));
    const keys = api.requests.map((request) => request.headers['idempotency-key']);
    assert.equal(keys.length, 2);
    assert.equal(keys[1], keys[0]);
  });

  test('retries 429 and 5xx with backoff, honouring Retry-After, then succeeds', async () => {
    const { api, persona } = world();
    api.failNext({ status: 429, retryAfter: '0' });
    api.failNext({ status: 500 });
    const started = Date.now();
    assert.deepEqual(await persona.listInquiries('user-1'), []);
    assert.equal(api.requests.length, 3);
    assert.ok(Date.now() - started < 5_000);
  });

  test('gives up after a bounded number of retries, with an error that names the call, not the key', async () => {
    const { api, persona } = world({ maxRetries: 1 });
    api.failNext({ status: 500 }, 5);
    const error = await persona.listInquiries('user-1').catch((caught) => caught);
    assert.ok(error instanceof PersonaApiError);
    assert.equal(error.kind, 'http');
    assert.equal(error.status, 500);
    assert.equal(api.requests.length, 2, 'one try and one retry');
    assert.match(error.message, /GET \/api\/v1\/inquiries answered HTTP 500 \(after 2 attempts\)/);
    assert.doesNotMatch(error.message, /user-1/, 'the query (a reference id) stays out of the message');
    assert.ok(!everythingSaidAbout(error).includes(apiKey));
  });

  test('a Retry-After longer than the policy allows fails at once instead of hanging the request', async () => {
    const { api, persona } = world();
    api.failNext({ status: 429, retryAfter: '3600' });
    const error = await persona.listInquiries('user-1').catch((caught) => caught);
    assert.equal(error.status, 429);
    assert.equal(api.requests.length, 1);
  });

  test('4xx other than 429 is not retried', async () => {
    const { api, persona } = world();
    const error = await persona.retrieveInquiry('inq_missing').catch((caught) => caught);
    assert.equal(error.status, 404);
    assert.equal(api.requests.length, 1);
  });

  test('a wrong API key is a 401 error that does not print the key', async () => {
    const api = createPersonaApiStandIn({ apiKey });
    const persona = createPersonaClient({ apiKey: `${apiKey}-wrong`, baseUrl: api.baseUrl, fetch: api.fetch });
    const error = await persona.listInquiries('user-1').catch((caught) => caught);
    assert.equal(error.status, 401);
    assert.ok(!everythingSaidAbout(error).includes(apiKey));
  });

  test('times out through AbortSignal when Persona does not answer, and retries that too', async () => {
    const api = createPersonaApiStandIn({ apiKey });
    let signals = 0;
    const fetch = (input, init) => {
      signals += init.signal instanceof AbortSignal ? 1 : 0;
      return api.fetch(input, init);
    };
    const persona = createPersonaClient({ apiKey, baseUrl: api.baseUrl, fetch, timeoutMs: 50, maxRetries: 1 });
    api.failNext('hang', 2);
    // AbortSignal.timeout's timer does not keep Node alive by itself (a server would).
    const keepAlive = setInterval(() => {}, 1000);
    const error = await persona.listInquiries('user-1').catch((caught) => caught);
    clearInterval(keepAlive);
    assert.equal(error.kind, 'timeout');
    assert.match(error.message, /did not answer within 50 ms \(after 2 attempts\)/);
    assert.equal(signals, 2);
  });

  test('a failed fetch is a network error; garbage is bad_response; neither carries the key', async () => {
    const { api, persona } = world({ maxRetries: 0 });
    api.failNext('network');
    const network = await persona.listInquiries('user-1').catch((caught) => caught);
    assert.equal(network.kind, 'network');
    api.failNext('garbage');
    const garbage = await persona.listInquiries('user-1').catch((caught) => caught);
    assert.equal(garbage.kind, 'bad_response');
    for (const error of [network, garbage]) assert.ok(!everythingSaidAbout(error).includes(apiKey));
  });

  test('the key is nowhere on the client object and nothing is logged', async () => {
    const logged = [];
    const originals = {};
    for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
      originals[method] = console[method];
      console[method] = (...args) => logged.push(args.map(String).join(' '));
    }
    try {
      const { api, persona } = world({ maxRetries: 0 });
      assert.ok(!inspect(persona, { depth: 5 }).includes(apiKey));
      assert.ok(!JSON.stringify(persona).includes(apiKey));
      api.failNext({ status: 500 });
      await persona.listInquiries('user-1').catch(() => {});
      api.failNext('network');
      await persona.createInquiry({ templateId: 'itmpl_a', referenceId: 'u' }).catch(() => {});
    } finally {
      Object.assign(console, originals);
    }
    assert.deepEqual(logged, []);
  });

  test('follows links.next through every page of a list, on Persona\'s origin only', async () => {
    const { api, persona } = world();
    for (let i = 0; i < 150; i++) await persona.createInquiry({ templateId: 'itmpl_abc', referenceId: 'many' });
    const before = api.requests.length;
    const all = await persona.listInquiries('many');
    assert.equal(all.length, 150);
    assert.equal(new Set(all.map((inquiry) => inquiry.id)).size, 150);
    assert.equal(api.requests.length - before, 2, 'two pages of 100');
  });

  test('refuses a missing API key with a TypeError', () => {
    assert.throws(() => createPersonaClient({}), TypeError);
    assert.throws(() => createPersonaClient({ apiKey: ' ' }), TypeError);
  });
});

describe('retryDelay', () => {
  const policy = defaultRetryPolicy;
  test('Retry-After in seconds or as an HTTP date wins over the backoff', () => {
    assert.equal(retryDelay(1, '2', policy, () => 0.5), 2000);
    const now = Date.UTC(2026, 0, 1);
    assert.equal(retryDelay(1, new Date(now + 3000).toUTCString(), policy, () => 0.5, now), 3000);
    assert.equal(retryDelay(1, new Date(now - 3000).toUTCString(), policy, () => 0.5, now), 0);
  });
  test('a Retry-After beyond the policy means: give up', () => {
    assert.equal(retryDelay(1, '11', policy), undefined);
  });
  test('backoff doubles from the base, capped, with jitter between half and all of it', () => {
    assert.equal(retryDelay(1, null, policy, () => 0), 150);
    assert.equal(retryDelay(1, null, policy, () => 1), 300);
    assert.equal(retryDelay(2, null, policy, () => 1), 600);
    assert.equal(retryDelay(10, null, policy, () => 1), policy.maxDelayMs);
    assert.equal(retryDelay(1, 'soon', policy, () => 1), 300, 'an unreadable Retry-After is ignored');
  });
});
