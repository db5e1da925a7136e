// A stand-in for the part of Persona's REST API that `id-verification-gate/server`
// uses, with scripted decisions and signed webhooks, in memory. Use its `fetch`
// as the Persona client's fetch, or mount `handle` on any server.
import type { PersonaApiStandIn, PersonaApiStandInOptions, RecordedRequest, StandInDecision, StandInFailure } from './stand-in-types.js';
import {
  errorBody,
  inquiryResource,
  verificationResource,
  verificationsFor,
  type StandInInquiry,
} from './stand-in-resources.js';
import { checkForReason, type StandInCheck } from './stand-in-checks.js';
import { rateWindow } from './stand-in-rate-limit.js';
import { serveOverHttp } from './serve-over-http.js';
import { deliverWebhook, type WebhookAttempt } from './webhook-deliveries.js';
import { personaEvent } from './webhook-sender.js';

const origin = 'https://persona-api.stand-in';
const resumable = new Set(['created', 'pending', 'expired']);
const eventNames: Readonly<Record<string, string>> = {
  pending: 'inquiry.started',
  completed: 'inquiry.completed',
  failed: 'inquiry.failed',
  expired: 'inquiry.expired',
  needs_review: 'inquiry.marked-for-review',
  approved: 'inquiry.approved',
  declined: 'inquiry.declined',
};

export function createPersonaApiStandIn(options: PersonaApiStandInOptions = {}): PersonaApiStandIn {
  const apiKey = options.apiKey ?? 'persona_sandbox_stand_in';
  const store = new Map<string, StandInInquiry>();
  const scripts = new Map<string, StandInDecision[]>();
  /** Persona's idempotency: the first answer for a key, status and body, failures included. */
  const idempotent = new Map<string, { status: number; body: string }>();
  const webhookAttempts: WebhookAttempt[] = [];
  const now = options.now ?? (() => Date.now());
  const window = rateWindow(options.rateLimit, now);
  const failures: StandInFailure[] = [];
  const requests: RecordedRequest[] = [];
  const deliveries = new Set<Promise<unknown>>();
  let clock = Date.parse('2026-01-01T00:00:00Z');

  const random = (prefix: string) => `${prefix}${globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 24)}`;
  // Strictly increasing, so "newest" is never a tie.
  const timestamp = () => new Date((clock = Math.max(clock + 1000, Date.now()))).toISOString();
  const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...window?.headers(), ...headers } });
  const notFound = () => reply(404, errorBody('Record not found'));
  const document = (inquiry: StandInInquiry, withVerifications: boolean, meta?: Record<string, unknown>) => ({
    data: inquiryResource(inquiry),
    ...(withVerifications && { included: inquiry.verifications.map(verificationResource) }),
    ...(meta && { meta }),
  });

  async function setStatus(inquiry: StandInInquiry, status: string): Promise<void> {
    if (inquiry.status === status) return;
    inquiry.status = status;
    inquiry.updatedAt = timestamp();
    const name = eventNames[status];
    if (!name || !options.webhook) return;
    const id = random('evt_');
    const payload = { data: inquiryResource(inquiry), included: inquiry.verifications.map(verificationResource) };
    const body = personaEvent(name, payload, id, inquiry.updatedAt);
    const delivery = deliverWebhook(options.webhook, { id, name, body }, (attempt) => webhookAttempts.push(attempt), deliveries);
    deliveries.add(delivery);
    await delivery;
    deliveries.delete(delivery);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const headers = Object.fromEntries([...request.headers].filter(([name]) => name !== 'authorization'));
    const authorized = request.headers.get('authorization') === `Bearer ${apiKey}`;
    const text = request.method === 'POST' ? await request.text() : '';
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    requests.push({ method: request.method, url: `${url.pathname}${url.search}`, headers, authorized, body });

    if (window && !window.take()) return reply(429, errorBody('Too many requests'));
    // A key seen before gets the answer stored for it, whatever it was (Persona's "Idempotence").
    const key = request.method === 'POST' ? request.headers.get('idempotency-key') : null;
    const stored = key === null ? undefined : idempotent.get(key);
    if (stored) return new Response(stored.body, { status: stored.status, headers: { 'content-type': 'application/json', ...window?.headers() } });
    // 'lost': Persona does the work and stores its answer, but the answer never arrives.
    const lost = failures[0] === 'lost' && failures.shift() !== undefined;
    const answer = await answerFresh(request, url, body, authorized);
    if (key !== null && answer.status !== 429) idempotent.set(key, { status: answer.status, body: await answer.clone().text() });
    if (lost) throw new TypeError('fetch failed');
    return answer;
  }

  async function answerFresh(request: Request, url: URL, body: unknown, authorized: boolean): Promise<Response> {
    const failure = failures.shift();
    if (failure === 'hang') return new Promise<Response>(() => {});
    if (failure === 'network') throw new TypeError('fetch failed');
    if (failure === 'garbage') return new Response('<html>Bad gateway</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    if (failure && failure !== 'lost') return reply(failure.status, errorBody('Simulated failure'), failure.retryAfter ? { 'retry-after': failure.retryAfter } : {});

    if (!authorized) return reply(401, errorBody('Must be authenticated to access this endpoint'));
    const [, api, v1, collection, id, action, ...rest] = url.pathname.split('/');
    if (api !== 'api' || v1 !== 'v1' || collection !== 'inquiries' || rest.length > 0) return notFound();

    if (request.method === 'POST' && id === undefined) return create(body);
    if (request.method === 'GET' && id === undefined) return list(url.searchParams);
    const inquiry = id === undefined ? undefined : store.get(decodeURIComponent(id));
    if (!inquiry) return notFound();
    if (request.method === 'GET' && action === undefined) {
      return reply(200, document(inquiry, (url.searchParams.get('include') ?? '').split(',').includes('verifications')));
    }
    if (request.method === 'POST' && action === 'resume') {
      if (!resumable.has(inquiry.status)) return reply(409, errorBody(`Cannot resume an inquiry that is ${inquiry.status}`));
      if (inquiry.status === 'expired') await setStatus(inquiry, 'pending');
      return reply(200, document(inquiry, false, { 'session-token': random('sess_') }));
    }
    return notFound();
  }

  function create(body: unknown): Response {
    const attributes = ((body as { data?: { attributes?: Record<string, unknown> } })?.data?.attributes ?? {}) as Record<string, unknown>;
    const templateId = attributes['inquiry-template-id'];
    const templateVersionId = attributes['inquiry-template-version-id'];
    if (typeof templateId !== 'string' && typeof templateVersionId !== 'string') {
      return reply(422, errorBody('inquiry-template-id or inquiry-template-version-id is required'));
    }
    const referenceId = attributes['reference-id'];
    const inquiry: StandInInquiry = {
      id: random('inq_'),
      status: 'created',
      referenceId: typeof referenceId === 'string' ? referenceId : null,
      templateId: typeof templateId === 'string' ? templateId : null,
      templateVersionId: typeof templateVersionId === 'string' ? templateVersionId : null,
      createdAt: timestamp(),
      updatedAt: '',
      fields: typeof attributes['fields'] === 'object' && attributes['fields'] !== null ? (attributes['fields'] as Record<string, unknown>) : {},
      verifications: [],
    };
    inquiry.updatedAt = inquiry.createdAt;
    store.set(inquiry.id, inquiry);
    return reply(201, document(inquiry, false));
  }

  /** Newest first, `page[size]` at a time, `page[after]` an inquiry id, as Persona pages. */
  function list(query: URLSearchParams): Response {
    const referenceId = query.get('filter[reference-id]');
    const size = Math.min(100, Math.max(1, Number(query.get('page[size]')) || 10));
    const all = [...store.values()].filter((inquiry) => referenceId === null || inquiry.referenceId === referenceId).reverse();
    const after = query.get('page[after]');
    const start = after ? all.findIndex((inquiry) => inquiry.id === after) + 1 : 0;
    const page = all.slice(start, start + size);
    const more = start + size < all.length;
    const next = new URLSearchParams(query);
    next.set('page[after]', page.at(-1)?.id ?? '');
    return reply(200, {
      data: page.map(inquiryResource),
      links: { prev: null, next: more ? `/api/v1/inquiries?${next}` : null },
    });
  }

  function known(inquiryId: string): StandInInquiry {
    const inquiry = store.get(inquiryId);
    if (!inquiry) throw new Error(`The Persona stand-in has no inquiry ${inquiryId}.`);
    return inquiry;
  }

  const standIn: PersonaApiStandIn = {
    baseUrl: origin,
    apiKey,
    fetch: (input, init) => answerUnlessAborted(handle(new Request(input, init)), init?.signal),
    handle,
    listen: (listenOptions) => serveOverHttp(handle, listenOptions),
    requests,
    webhookAttempts,
    script(referenceId, ...decisions) {
      scripts.set(referenceId, [...(scripts.get(referenceId) ?? []), ...decisions]);
    },
    async start(inquiryId) {
      const inquiry = known(inquiryId);
      if (inquiry.status === 'created') await setStatus(inquiry, 'pending');
    },
    async submit(inquiryId, outcome) {
      const inquiry = known(inquiryId);
      if (inquiry.status !== 'created' && inquiry.status !== 'pending') {
        throw new Error(`The inquiry ${inquiryId} is ${inquiry.status}: it cannot be submitted.`);
      }
      await standIn.start(inquiryId);
      const decision =
        scripts.get(inquiry.referenceId ?? '')?.shift() ??
        (outcome === 'complete' ? { status: 'approved' as const } : { status: 'failed' as const });
      const passed = decision.status !== 'failed' && decision.status !== 'declined';
      inquiry.verifications = verificationsFor(passed ? [] : failingChecks(decision), () => random('ver_'));
      if (decision.status === 'pending') return inquiry.status;
      // Persona's order: the flow ends (completed or failed), then a decision may follow.
      await setStatus(inquiry, passed ? 'completed' : 'failed');
      await setStatus(inquiry, decision.status);
      return inquiry.status;
    },
    async decide(inquiryId, decision) {
      const inquiry = known(inquiryId);
      if ((decision.status === 'failed' || decision.status === 'declined') && inquiry.verifications.length === 0) {
        inquiry.verifications = verificationsFor(failingChecks(decision), () => random('ver_'));
      }
      await setStatus(inquiry, decision.status);
    },
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i++) failures.push(failure);
    },
    inquiries(referenceId) {
      return [...store.values()]
        .filter((inquiry) => referenceId === undefined || inquiry.referenceId === referenceId)
        .map(({ id, status, referenceId: reference }) => ({ id, status, referenceId: reference }));
    },
    async settled() {
      await Promise.all(deliveries);
    },
  };
  return standIn;
}

/** The checks a decline fails: those it names, else the one Persona fails for its reason. */
function failingChecks(decision: StandInDecision): readonly StandInCheck[] {
  if (!('failedChecks' in decision || 'reason' in decision)) return [];
  const named = 'failedChecks' in decision ? decision.failedChecks : undefined;
  if (named) return named;
  const check = 'reason' in decision && decision.reason ? checkForReason[decision.reason] : undefined;
  return check ? [{ name: check }] : [];
}

/** As `fetch` does: an aborted signal (a client's timeout) rejects with its reason. */
function answerUnlessAborted(answer: Promise<Response>, signal: AbortSignal | null | undefined): Promise<Response> {
  if (!signal) return answer;
  return new Promise((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    answer.then(resolve, reject);
  });
}
