// Persona's rate limit, as its "Rate Limiting" page documents it, against the
// client: RateLimit-* headers read on every answer, nothing sent into a closed
// window, a 429 waited out when the reset fits the call's time budget, else a
// `rate_limited` error at once; background work yields to interactive work.
// Virtual time throughout (support/fake-clock.mjs): no test waits for a window.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fakeClock } from './support/fake-clock.mjs';
import { server, testing } from './support/source.mjs';

const { createPersonaClient, PersonaApiError } = server;
const apiKey = 'persona_sandbox_rate_KEY';

/** A stand-in with a small window, and clients (server instances) on one virtual clock. */
function world({ limit = 3, windowMs = 60_000 } = {}) {
  const clock = fakeClock();
  const api = testing.createPersonaApiStandIn({ apiKey, now: clock.now, rateLimit: { limit, windowMs } });
  const sent = [];
  const client = (options = {}) =>
    createPersonaClient({
      apiKey,
      baseUrl: api.baseUrl,
      clock,
      fetch: (input, init) => {
        sent.push({ at: clock.now(), path: new URL(input).pathname });
        return api.fetch(input, init);
      },
      ...options,
    });
  return { clock, api, sent, client, start: clock.now() };
}

const raw = (api, path = '/api/v1/inquiries') => api.fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${apiKey}` } });

describe("the stand-in's window", () => {
  test('300 requests per 60 s by default, from the first request, with RateLimit-* on every answer and no Retry-After', async () => {
    const clock = fakeClock();
    const api = testing.createPersonaApiStandIn({ apiKey, now: clock.now });
    const first = await raw(api);
    assert.deepEqual(
      ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset'].map((name) => first.headers.get(name)),
      ['300', '299', '60'],
    );
    clock.advance(20_000);
    for (let i = 0; i < 299; i++) await raw(api);
    const over = await raw(api);
    assert.equal(over.status, 429);
    assert.equal(over.headers.get('ratelimit-remaining'), '0');
    assert.equal(over.headers.get('ratelimit-reset'), '40', 'the window started at the first request');
    assert.equal(over.headers.get('retry-after'), null);
    clock.advance(40_000);
    assert.equal((await raw(api)).status, 200, 'a new window');
  });
});

describe('the client keeps the budget Persona reports', () => {
  test('budget() reads RateLimit-Limit, -Remaining and -Reset from every answer', async () => {
    const { client, start } = world({ limit: 5 });
    const persona = client();
    assert.equal(persona.budget(), undefined, 'nothing learnt before an answer');
    await persona.listInquiries('user-1');
    assert.deepEqual(persona.budget(), { limit: 5, remaining: 4, resetAt: start + 60_000 });
    await persona.listInquiries('user-1');
    assert.equal(persona.budget().remaining, 3);
  });

  test('never sends into a window Persona said is closed: it waits for the reset when that fits', async () => {
    const { client, sent, api, start } = world({ limit: 2 });
    const persona = client({ maxWaitMs: 120_000 });
    for (let i = 0; i < 3; i++) await persona.listInquiries('user-1');
    assert.equal(sent.length, 3);
    assert.ok(sent[2].at >= start + 60_000, 'the third request went after the reset');
    assert.equal(api.requests.length, 3, 'and none was answered 429');
  });

  test('after a 429 (another instance spent the window), it waits until the reset, then succeeds', async () => {
    const { client, sent, start } = world({ limit: 2 });
    const other = client();
    await other.listInquiries('a');
    await other.listInquiries('b');
    const persona = client({ maxWaitMs: 120_000 });
    assert.deepEqual(await persona.listInquiries('user-1'), []);
    const mine = sent.slice(2);
    assert.equal(mine.length, 2, 'the 429, then one retry');
    assert.ok(mine[1].at >= start + 60_000, 'the retry waited for the reset, not 0.3 s');
  });

  test('a reset beyond the call\'s time budget fails at once with rate_limited, and later calls are not sent', async () => {
    const { client, sent, clock } = world({ limit: 1 });
    await client().listInquiries('a');
    const persona = client({ maxWaitMs: 5_000 });
    const before = clock.now();
    const error = await persona.listInquiries('user-1').catch((caught) => caught);
    assert.ok(error instanceof PersonaApiError);
    assert.equal(error.kind, 'rate_limited');
    assert.equal(error.status, 429);
    assert.ok(error.retryAfterMs > 50_000 && error.retryAfterMs <= 60_000);
    assert.equal(clock.now(), before, 'no waiting');
    assert.equal(sent.length, 2);
    const again = await persona.retrieveInquiry('inq_x').catch((caught) => caught);
    assert.equal(again.kind, 'rate_limited');
    assert.equal(sent.length, 2, 'not sent into the closed window');
  });

  test('Retry-After, when Persona sends it, is honoured', async () => {
    const { client, sent, api, start } = world({ limit: 100 });
    api.failNext({ status: 429, retryAfter: '7' });
    await client().listInquiries('user-1');
    assert.equal(sent.length, 2);
    assert.equal(sent[1].at - start, 7_000);
  });
});

describe('priority: a person waiting goes first', () => {
  test('below the reserve, background work waits for the next window while interactive work goes now', async () => {
    const { client, sent, start } = world({ limit: 10 });
    const persona = client({ maxWaitMs: 120_000 });
    for (let i = 0; i < 8; i++) await persona.listInquiries(`p${i}`);
    assert.equal(persona.budget().remaining, 2, 'the reserve (20% of 10)');
    const background = persona.retrieveInquiry('inq_background', { priority: 'background' }).catch((error) => error);
    await persona.listInquiries('interactive');
    assert.equal(sent.at(-1).path, '/api/v1/inquiries', 'interactive went while background waited');
    assert.ok(sent.at(-1).at < start + 60_000);
    await background;
    assert.equal(sent.at(-1).path, '/api/v1/inquiries/inq_background');
    assert.ok(sent.at(-1).at >= start + 60_000, 'background went in the next window');
  });

  test('background work that cannot wait fails fast with rate_limited, unsent', async () => {
    const { client, sent } = world({ limit: 5 });
    const persona = client();
    for (let i = 0; i < 4; i++) await persona.listInquiries(`p${i}`);
    const error = await persona.listInquiries('bg', { priority: 'background', maxWaitMs: 1_000 }).catch((caught) => caught);
    assert.equal(error.kind, 'rate_limited');
    assert.equal(error.status, undefined, 'held back by the client, not answered 429');
    assert.equal(sent.length, 4);
  });

  test('at a reset, interactive work that waited is sent before background work that waited longer', async () => {
    const { client, sent } = world({ limit: 10 });
    const persona = client({ maxWaitMs: 120_000 });
    for (let i = 0; i < 10; i++) await persona.listInquiries(`p${i}`);
    const background = persona.retrieveInquiry('inq_background', { priority: 'background' });
    const interactive = persona.retrieveInquiry('inq_interactive');
    await Promise.allSettled([background, interactive]);
    assert.deepEqual(
      sent.slice(10).map(({ path }) => path),
      ['/api/v1/inquiries/inq_interactive', '/api/v1/inquiries/inq_background'],
    );
  });

  test('a caller can stop a call that waits for the window', async () => {
    const { client, sent } = world({ limit: 1 });
    const persona = client({ maxWaitMs: 120_000 });
    await persona.listInquiries('a');
    const controller = new AbortController();
    const waiting = persona.listInquiries('b', { signal: controller.signal }).catch((error) => error);
    controller.abort(new Error('the person left'));
    assert.equal((await waiting).message, 'the person left');
    assert.equal(sent.length, 1);
  });
});
