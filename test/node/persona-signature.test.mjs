// verifyPersonaSignature: only Persona's own, fresh signature over the exact body passes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { server, testing } from './support/source.mjs';

const { verifyPersonaSignature } = server;
const { signPersonaWebhook } = testing;

const secret = 'wbhsec_current';
const body = JSON.stringify({ data: { type: 'event', id: 'evt_1', attributes: { name: 'inquiry.approved' } } });
const now = Date.UTC(2026, 10, 30, 12, 0, 0);
const t = now / 1000;
const verify = (header, overrides = {}) =>
  verifyPersonaSignature({ rawBody: body, header, secrets: [secret], now, ...overrides });

describe('verifyPersonaSignature', () => {
  test("accepts Persona's signature over the raw body, as a string or bytes", async () => {
    const header = await signPersonaWebhook({ body, secret, timestamp: t });
    assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.equal(await verify(header), true);
    assert.equal(await verify(header, { rawBody: new TextEncoder().encode(body) }), true);
    assert.equal(await verify(header, { rawBody: new TextEncoder().encode(body).buffer }), true);
    assert.equal(await verify(header, { secrets: secret }), true, 'one secret as a string');
  });

  test('refuses a forged signature (no secret, or any other secret)', async () => {
    assert.equal(await verify(`t=${t},v1=${'0'.repeat(64)}`), false);
    assert.equal(await verify(await signPersonaWebhook({ body, secret: 'wbhsec_attacker', timestamp: t })), false);
  });

  test('refuses a tampered body or a tampered timestamp', async () => {
    const header = await signPersonaWebhook({ body, secret, timestamp: t });
    assert.equal(await verify(header, { rawBody: body.replace('approved', 'declined') }), false);
    assert.equal(await verify(header, { rawBody: `${body} ` }), false, 'one byte more');
    const v1 = header.split('v1=')[1];
    assert.equal(await verify(`t=${t + 1},v1=${v1}`), false);
  });

  test('refuses a stale or replayed signature outside the tolerance (300 s unless told), and one from the future', async () => {
    const old = await signPersonaWebhook({ body, secret, timestamp: t - 301 });
    assert.equal(await verify(old), false, '301 s old');
    assert.equal(await verify(await signPersonaWebhook({ body, secret, timestamp: t - 300 })), true, 'exactly 300 s');
    assert.equal(await verify(await signPersonaWebhook({ body, secret, timestamp: t + 301 })), false, 'from the future');
    assert.equal(await verify(old, { toleranceSeconds: 600 }), true, 'a wider tolerance');
    const yesterday = await signPersonaWebhook({ body, secret, timestamp: t - 86_400 });
    assert.equal(await verify(yesterday), false, 'a day-old capture replayed');
  });

  test('with the wrong secret, or no secret at all, nothing passes', async () => {
    const header = await signPersonaWebhook({ body, secret, timestamp: t });
    assert.equal(await verify(header, { secrets: ['wbhsec_other'] }), false);
    assert.equal(await verify(header, { secrets: [] }), false);
    assert.equal(await verify(header, { secrets: [''] }), false);
    assert.equal(await verify(header, { secrets: undefined }), false);
  });

  test('while a secret rotates: two t/v1 pairs, either secret configured, both configured', async () => {
    const header = await signPersonaWebhook({ body, secret: ['wbhsec_old', 'wbhsec_new'], timestamp: t });
    assert.equal(header.split(' ').length, 2, 'space-separated pairs');
    assert.equal(await verify(header, { secrets: ['wbhsec_old'] }), true);
    assert.equal(await verify(header, { secrets: ['wbhsec_new'] }), true);
    assert.equal(await verify(header, { secrets: ['wbhsec_new', 'wbhsec_old'] }), true);
    assert.equal(await verify(header, { secrets: ['wbhsec_neither'] }), false);
    // Several v1 in one group, as some senders write it.
    const [first, second] = header.split(' ');
    assert.equal(await verify(`${first},v1=${second.split('v1=')[1]}`, { secrets: ['wbhsec_new'] }), true);
  });

  test('malformed headers are false, never an exception', async () => {
    const good = await signPersonaWebhook({ body, secret, timestamp: t });
    const v1 = good.split('v1=')[1];
    const headers = [
      undefined,
      null,
      '',
      ' ',
      'garbage',
      `v1=${v1}`,
      `t=${t}`,
      `t=,v1=${v1}`,
      `t=abc,v1=${v1}`,
      `t=${t}.5,v1=${v1}`,
      `t=-${t},v1=${v1}`,
      `t=${t},v1=${v1.slice(1)}`,
      `t=${t},v1=${v1}00`,
      `t=${t},v1=${'g'.repeat(64)}`,
      `t=${t},v0=${v1}`,
      `t=${t}=1,v1=${v1}`,
      `t=${t},v1=${v1}=`,
      `t=${'9'.repeat(400)},v1=${v1}`,
      `${good} `.repeat(1000),
      42,
      {},
      ['t', v1],
    ];
    for (const header of headers) {
      assert.equal(await verify(header), false, JSON.stringify(header)?.slice(0, 60));
    }
    assert.equal(await verify(good, { rawBody: 42 }), false, 'a body that is not text or bytes');
    assert.equal(await verifyPersonaSignature(undefined), false);
  });
});
