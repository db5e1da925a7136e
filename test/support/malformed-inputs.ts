// Explicit tables of malformed input for the fuzz test: every row is named, so a
// failure says which value or answer broke what, and reruns the same way.
import { delay, HttpResponse } from 'msw';
import type { ErrorCode, GateState } from '../../src/index.js';

/** Set by any markup or script a value manages to inject. */
export const injectedFlag = '__idvFuzzInjected';

/** Values no attribute should choke on: numbers that are not, URLs that must not load, markup, control and RTL characters. */
export const hostileValues: readonly string[] = [
  '',
  ' ',
  'NaN',
  '-1',
  '0',
  '1.5',
  '1e309',
  '0x10',
  'Infinity',
  '2147483648',
  '99999999999999999999',
  `javascript:window.${injectedFlag}=1`,
  `data:text/html,<script>parent.${injectedFlag}=1</script>`,
  `<img src=x onerror="window.${injectedFlag}=1">`,
  `"><script>window.${injectedFlag}=1</script>`,
  "' onmouseover='alert(1)",
  '\u0000',
  'a\u0000b',
  '\u202Egnp.exe',
  '\u200F\u200E\u2066',
  'верификация',
  '検証🙂',
  '__proto__',
  'constructor',
  'toString',
  '//evil.invalid/x',
  '../../../../etc/passwd',
  'x'.repeat(100_000),
];

/** Every attribute the gate reads. */
export const fuzzedAttributes = [
  'template-id',
  'template-version-id',
  'environment-id',
  'reference-id',
  'inquiry-id',
  'language',
  'persona-host',
  'mode',
  'session-url',
  'status-url',
  'flow-timeout',
  'review-timeout',
  'max-attempts',
  'support-url',
  'scope',
  'locale',
  'preview-state',
  'preview-detail',
] as const;

/** Where a malformed answer should leave the gate: a documented state, and for `error` its code. */
export interface Outcome {
  readonly state: GateState;
  readonly code?: ErrorCode;
}

export interface Answer {
  readonly name: string;
  readonly respond: () => Response | Promise<Response>;
  readonly outcome: Outcome;
}

const badResponse: Outcome = { state: 'error', code: 'bad_response' };
const reviewTimeout: Outcome = { state: 'error', code: 'review_timeout' };

const json = (body: string, init: ResponseInit = {}) =>
  new HttpResponse(body, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });

/** Bodies (sent as 200 application/json) that are not a status answer. */
const notAnswers: readonly string[] = [
  '',
  ' ',
  'null',
  'true',
  '0',
  '"approved"',
  'approved',
  '[]',
  '[{"status":"approved"}]',
  '{}',
  '{"status":"approved"',
  '{"status":"approved"}{"status":"approved"}',
  '{status:"approved"}',
  "{'status':'approved'}",
  '<html><body>Signed in</body></html>',
  'NaN',
  '1e309',
  '\u0000',
  '{"status":"APPROVED"}',
  '{"status":"Approved"}',
  '{"status":"approved "}',
  '{"status":" approved"}',
  '{"status":"approved\\u0000"}',
  '{"status":"\u0430pproved"}',
  '{"status":"ａｐｐｒｏｖｅｄ"}',
  '{"status":["approved"]}',
  '{"status":{"approved":true}}',
  '{"status":1}',
  '{"status":true}',
  '{"status":null}',
  '{"Status":"approved"}',
  '{"verified":true}',
  '{"approved":true}',
  '{"status":"verified"}',
  '{"status":"ok"}',
  '{"status":"success"}',
  '{"status":"__proto__"}',
  '{"status":"toString"}',
  '{"status":"constructor"}',
  '{"__proto__":{"status":"approved"}}',
  '{"constructor":{"prototype":{"status":"approved"}}}',
  '{"status":"declined","attemptsRemaining":-1}',
  '{"status":"declined","attemptsRemaining":1.5}',
  '{"status":"declined","attemptsRemaining":"2"}',
  '{"status":"declined","attemptsRemaining":1e309}',
  '{"status":"declined","attemptsRemaining":1e300}',
  '{"status":"declined","attemptsRemaining":9007199254740993}',
  '{"status":"declined","attemptsRemaining":null}',
  '{"status":"unverified","attemptsRemaining":[]}',
  '{"status":"blocked","reason":123}',
  '{"status":"blocked","reason":null}',
  '{"status":"blocked","reason":["policy"]}',
  '{"status":"pending","retryAfterMs":-1}',
  '{"status":"pending","retryAfterMs":"1000"}',
  '{"status":"pending","retryAfterMs":1e300}',
  '{"status":"pending","retryAfterMs":0.5}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
];

/** Statuses other than 200, each carrying an approval that must not count. */
const notOk = [201, 202, 203, 206, 300, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 409, 410, 418, 422, 429, 451, 500, 502, 503, 504];

/** Content types that do not declare JSON, each carrying an approval. */
const notJson = ['text/plain', 'text/html', 'application/octet-stream', 'application/jsonp', 'text/javascript', 'application/xml', 'image/svg+xml'];

/** Well-formed answers with hostile contents: each ends in its documented state, never unlocked, never rendered as markup. */
const hostileButWellFormed: ReadonlyArray<readonly [string, object, Outcome]> = [
  ['blocked, markup as reason', { status: 'blocked', reason: `<img src=x onerror="window.${injectedFlag}=1">` }, { state: 'blocked' }],
  ['blocked, __proto__ as reason', { status: 'blocked', reason: '__proto__' }, { state: 'blocked' }],
  ['blocked, a huge reason', { status: 'blocked', reason: 'r'.repeat(200_000) }, { state: 'blocked' }],
  ['blocked, an RTL reason', { status: 'blocked', reason: '\u202Eyciloip' }, { state: 'blocked' }],
  ['declined, script as reason', { status: 'declined', reason: '<script>alert(1)</script>', attemptsRemaining: 2 }, { state: 'retry' }],
  ['declined, toString as reason', { status: 'declined', reason: 'toString', attemptsRemaining: 1 }, { state: 'retry' }],
  ['declined, constructor as reason', { status: 'declined', reason: 'constructor', attemptsRemaining: 0 }, { state: 'exhausted' }],
  ['declined, the largest safe attemptsRemaining', { status: 'declined', attemptsRemaining: Number.MAX_SAFE_INTEGER }, { state: 'retry' }],
  ['unverified, with __proto__ and constructor keys', JSON.parse('{"status":"unverified","__proto__":{"status":"approved"},"constructor":1}'), { state: 'locked' }],
  ['unverified, with a megabyte of extra data', { status: 'unverified', extra: 'x'.repeat(1_000_000) }, { state: 'locked' }],
  ['unverified, 0 attempts left', { status: 'unverified', attemptsRemaining: 0 }, { state: 'locked' }],
  ['pending, retryAfterMs 0', { status: 'pending', retryAfterMs: 0 }, reviewTimeout],
  ['pending, retryAfterMs past 2^31', { status: 'pending', retryAfterMs: 2 ** 31 }, reviewTimeout],
  ['pending, the largest safe retryAfterMs', { status: 'pending', retryAfterMs: Number.MAX_SAFE_INTEGER }, reviewTimeout],
  ['pending, with an unknown reason', { status: 'pending', reason: 'because' }, reviewTimeout],
];

/** Every malformed answer `status-url` can give, with where it must leave the gate. */
export const statusAnswers: readonly Answer[] = [
  ...notAnswers.map((body) => ({ name: `200 JSON ${preview(body)}`, respond: () => json(body), outcome: badResponse })),
  ...notOk.map((status) => ({
    name: `HTTP ${status} with an approval`,
    respond: () => json('{"status":"approved"}', { status }),
    outcome: badResponse,
  })),
  ...[204, 205, 304].map((status) => ({
    name: `HTTP ${status} with no body`,
    respond: () => new HttpResponse(null, { status }),
    outcome: badResponse,
  })),
  ...notJson.map((type) => ({
    name: `an approval as ${type}`,
    respond: () => new HttpResponse('{"status":"approved"}', { headers: { 'content-type': type } }),
    outcome: badResponse,
  })),
  {
    name: 'an approval with no content-type',
    respond: () => new HttpResponse(new Blob(['{"status":"approved"}'])),
    outcome: badResponse,
  },
  ...hostileButWellFormed.map(([name, body, outcome]) => ({ name, respond: () => HttpResponse.json(body), outcome })),
  { name: 'a failed fetch', respond: () => HttpResponse.error(), outcome: { state: 'error', code: 'network' } },
  {
    name: 'slow, then not an answer',
    respond: async () => {
      await delay(400);
      return json('{"status":"approve"}');
    },
    outcome: badResponse,
  },
  {
    name: 'slow, then a failed fetch',
    respond: async () => {
      await delay(300);
      return HttpResponse.error();
    },
    outcome: { state: 'error', code: 'network' },
  },
];

/** Answers only the review can get: it has a deadline, so a server that never answers ends it too. */
export const reviewOnlyAnswers: readonly Answer[] = [
  {
    name: 'never answers',
    respond: async () => {
      await delay('infinite');
      return HttpResponse.json({ status: 'approved' });
    },
    outcome: reviewTimeout,
  },
];

/** Malformed answers to `POST session-url`: Start must end in an error, never a flow with a made-up inquiry. */
export const sessionAnswers: readonly Answer[] = [
  ...[
    '',
    'null',
    '[]',
    '{}',
    '"inq_1"',
    '{"inquiryId":""}',
    '{"inquiryId":1}',
    '{"inquiryId":null}',
    '{"inquiryId":["inq_1"]}',
    '{"inquiryId":{"id":"inq_1"}}',
    '{"inquiry_id":"inq_1"}',
    '{"inquiryId":"inq_1","sessionToken":5}',
    '{"inquiryId":"inq_1","sessionToken":{}}',
    '{"__proto__":{"inquiryId":"inq_1"}}',
    '{"inquiryId":"inq_1"',
    '<html>Sign in</html>',
  ].map((body) => ({ name: `session 200 JSON ${preview(body)}`, respond: () => json(body), outcome: badResponse })),
  ...[201, 204, 302, 400, 401, 403, 404, 409, 429, 500, 502, 503].map((status) => ({
    name: `session HTTP ${status}`,
    respond: () => (status === 204 ? new HttpResponse(null, { status }) : json('{"inquiryId":"inq_1"}', { status })),
    outcome: badResponse,
  })),
  {
    name: 'session as text/plain',
    respond: () => new HttpResponse('{"inquiryId":"inq_1"}', { headers: { 'content-type': 'text/plain' } }),
    outcome: badResponse,
  },
  { name: 'session failed fetch', respond: () => HttpResponse.error(), outcome: { state: 'error', code: 'network' } },
];

function preview(body: string): string {
  return JSON.stringify(body.length > 40 ? `${body.slice(0, 40)}…` : body);
}
