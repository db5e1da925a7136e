import type { Inquiry } from './inquiry.js';
import { json, methodNotAllowed } from './json-response.js';
import { PersonaApiError } from './persona-api-error.js';
import type { PersonaClient } from './persona-client.js';
import { verifyPersonaSignature } from './persona-signature.js';
import { createMemoryCache, type GateCache } from './status-cache.js';
import { inquiryVerdict, newestFirst, personVerdict, type VerdictRules } from './verdict.js';

export interface GateHandlerOptions {
  /** From `createPersonaClient`. */
  readonly persona: PersonaClient;
  /**
   * The inquiry template new inquiries use (`itmpl_…`). Only the person's inquiries of this
   * template count. A version id (`itmplv_…`) pins the version; then every inquiry of the person counts.
   */
  readonly templateId: string;
  /** Your own authentication: the person's reference id, or `null` (then 401). Never read it from the browser's body. */
  readonly identify: (request: Request) => string | null | undefined | Promise<string | null | undefined>;
  /** Inquiries a person may fail or be declined before `exhausted`; default 3. */
  readonly maxAttempts?: number;
  /** `Persona-Signature` secrets for `webhook`; two while rotating. Without one, `webhook` answers 401. */
  readonly webhookSecrets?: string | readonly string[];
  /** Default: {@link createMemoryCache} (this process only). */
  readonly cache?: GateCache;
  /** `true` when the template's decisioning approves after `completed` (Workflows, manual review); default false. */
  readonly waitForDecision?: boolean;
  /** Told about every failure before the handler answers (for your logs); never given the API key. */
  readonly onError?: (error: unknown) => void;
}

export type GateHandler = (request: Request) => Promise<Response>;

export interface GateHandlers {
  /** `POST session-url` → `{ inquiryId, sessionToken }`: the person's open inquiry, resumed, or a new one. */
  readonly session: GateHandler;
  /** `GET status-url?scope=S[&inquiry-id=ID]` → `{ status, attemptsRemaining?, reason?, retryAfterMs? }`. */
  readonly status: GateHandler;
  /** Persona's webhook: checks `Persona-Signature`, then refreshes the person's cached status. */
  readonly webhook: GateHandler;
}

/** Persona inquiry ids: `inq_` and letters or digits. Anything else never reaches Persona's URL. */
const inquiryIdPattern = /^inq_[A-Za-z0-9_-]{1,64}$/;
/** Webhook bodies larger than this are not Persona's. */
const maxWebhookBytes = 1_000_000;
/** How long a person's inquiries are cached: briefly while something is under way. */
const settledTtlMs = 60_000;
const busyTtlMs = 3_000;
const busyStatuses = new Set(['created', 'pending', 'completed', 'needs_review']);

/**
 * The three endpoints the gate talks to, as `(Request) => Promise<Response>`.
 * Persona is the source of truth: nothing here must be shared between server
 * instances (the cache only saves API calls).
 */
export function createGateHandlers(options: GateHandlerOptions): GateHandlers {
  const { persona, templateId, identify, onError } = checked(options);
  const rules: VerdictRules = { maxAttempts: options.maxAttempts ?? 3, waitForDecision: options.waitForDecision ?? false };
  const secrets = typeof options.webhookSecrets === 'string' ? [options.webhookSecrets] : [...(options.webhookSecrets ?? [])];
  const cache = options.cache ?? createMemoryCache();
  const isTemplateVersion = templateId.startsWith('itmplv_');
  const ofThisGate = (inquiry: Inquiry) =>
    isTemplateVersion || inquiry.templateId === null || inquiry.templateId === templateId;

  // One entry per person and template, so gates of several templates can share a cache.
  const cacheKey = (referenceId: string) => `id-verification-gate:${templateId}:${referenceId}`;

  /** The person's inquiries of this template, from the cache unless `fresh`. */
  async function inquiriesOf(referenceId: string, fresh = false): Promise<Inquiry[]> {
    const key = cacheKey(referenceId);
    if (!fresh) {
      const cached = await cache.get(key);
      if (isInquiryList(cached)) return cached;
    }
    let inquiries = (await persona.listInquiries(referenceId)).filter(
      (inquiry) => inquiry.referenceId === referenceId && ofThisGate(inquiry),
    );
    // Why the newest decline happened lives in its checks, which only a retrieve includes.
    const decline = newestFirst(inquiries).find((inquiry) => inquiry.status === 'failed' || inquiry.status === 'declined');
    if (decline && decline.failedChecks.length === 0) inquiries = replace(inquiries, await persona.retrieveInquiry(decline.id));
    const busy = inquiries.some((inquiry) => busyStatuses.has(inquiry.status));
    await cache.set(key, inquiries, busy ? busyTtlMs : settledTtlMs);
    return inquiries;
  }

  /** Runs a handler for an identified person; failures become answers the gate understands, never a stack trace. */
  function guarded(method: string, handle: (request: Request, referenceId: string) => Promise<Response>): GateHandler {
    return async (request) => {
      try {
        if (request.method !== method) return methodNotAllowed(method);
        const referenceId = await identify(request);
        if (typeof referenceId !== 'string' || referenceId === '') return json(401, { error: 'unauthenticated' });
        return await handle(request, referenceId);
      } catch (error) {
        return failure(error, onError);
      }
    };
  }

  const session = guarded('POST', async (_request, referenceId) => {
    // The browser's body (scope, referenceId) is ignored: whose inquiry it is comes from `identify`.
    const inquiries = await inquiriesOf(referenceId, true);
    const standing = personVerdict(inquiries, rules);
    if (standing.status === 'approved') return json(409, { error: 'already_verified' });
    if (standing.status === 'blocked') return json(403, { error: 'blocked' });
    if (standing.attemptsRemaining === 0) return json(409, { error: 'no_attempts_left' });
    const open = newestFirst(inquiries).find((inquiry) => inquiry.status === 'created' || inquiry.status === 'pending');
    const inquiryId =
      open?.id ??
      (
        await persona.createInquiry({
          ...(isTemplateVersion ? { templateVersionId: templateId } : { templateId }),
          referenceId,
        })
      ).id;
    const { sessionToken } = await persona.resumeInquiry(inquiryId);
    await cache.delete(cacheKey(referenceId));
    return json(200, { inquiryId, sessionToken });
  });

  const status = guarded('GET', async (request, referenceId) => {
    const inquiryId = new URL(request.url).searchParams.get('inquiry-id');
    if (inquiryId === null) return json(200, personVerdict(await inquiriesOf(referenceId), rules));
    if (!inquiryIdPattern.test(inquiryId)) return json(400, { error: 'invalid_inquiry_id' });

    let inquiries = await inquiriesOf(referenceId);
    let inquiry = inquiries.find((candidate) => candidate.id === inquiryId);
    // Not cached yet, or cached before the flow ended: ask Persona.
    if (!inquiry || busyStatuses.has(inquiry.status)) {
      inquiries = await inquiriesOf(referenceId, true);
      inquiry = inquiries.find((candidate) => candidate.id === inquiryId);
    }
    // Not among this person's inquiries: someone else's, or none at all. Same answer for both.
    if (!inquiry) return json(403, { error: 'not_your_inquiry' });
    if ((inquiry.status === 'failed' || inquiry.status === 'declined') && inquiry.failedChecks.length === 0) {
      inquiry = await persona.retrieveInquiry(inquiry.id);
    }
    return json(200, inquiryVerdict(inquiry, inquiries, rules));
  });

  async function webhook(request: Request): Promise<Response> {
    try {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const declared = Number(request.headers.get('content-length') ?? 0);
      if (declared > maxWebhookBytes) return json(413, { error: 'too_large' });
      const rawBody = await request.text();
      if (rawBody.length > maxWebhookBytes) return json(413, { error: 'too_large' });
      const header = request.headers.get('persona-signature');
      if (!(await verifyPersonaSignature({ rawBody, header, secrets }))) return json(401, { error: 'invalid_signature' });

      const inquiry = inquiryOf(rawBody);
      if (!inquiry) return json(400, { error: 'not_an_inquiry_event' });
      // A payload version without the reference id: Persona's API has it.
      const referenceId = inquiry.referenceId ?? (await persona.retrieveInquiry(inquiry.id)).referenceId;
      // Persona stays the judge: the event only says whom to ask about again.
      if (referenceId) await inquiriesOf(referenceId, true);
      return json(200, { received: true });
    } catch (error) {
      return failure(error, onError);
    }
  }

  return { session, status, webhook };
}

function checked(options: GateHandlerOptions): GateHandlerOptions {
  const fail = (why: string) => {
    throw new TypeError(`createGateHandlers: ${why}`);
  };
  if (typeof options !== 'object' || options === null) fail('pass an options object.');
  if (typeof options.persona?.listInquiries !== 'function') fail('persona must come from createPersonaClient.');
  if (typeof options.templateId !== 'string' || !/^itmplv?_/.test(options.templateId)) {
    fail('templateId must be an inquiry template id (itmpl_…) or version id (itmplv_…).');
  }
  if (typeof options.identify !== 'function') fail('identify must be a function (request) => reference id | null.');
  const { maxAttempts } = options;
  if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && maxAttempts > 0)) {
    fail('maxAttempts must be a positive whole number.');
  }
  return options;
}

/** A Persona failure is the gate's `bad_response` path (any answer but 200); nothing of the error leaves. */
function failure(error: unknown, onError: ((error: unknown) => void) | undefined): Response {
  try {
    onError?.(error);
  } catch {
    // A failing logger must not change the answer.
  }
  if (error instanceof PersonaApiError) {
    return json(error.kind === 'timeout' ? 504 : 502, { error: 'persona_unavailable' });
  }
  return json(500, { error: 'internal_error' });
}

/** The inquiry an event is about (its id and, when the payload has it, its reference id); `undefined` for anything else. */
function inquiryOf(rawBody: string): { id: string; referenceId: string | null } | undefined {
  let event: unknown;
  try {
    event = JSON.parse(rawBody);
  } catch {
    return undefined;
  }
  const inquiry = (event as { data?: { attributes?: { payload?: { data?: Record<string, unknown> } } } })?.data?.attributes
    ?.payload?.data;
  if (inquiry?.['type'] !== 'inquiry' || typeof inquiry['id'] !== 'string' || !inquiryIdPattern.test(inquiry['id'])) {
    return undefined;
  }
  const referenceId = (inquiry['attributes'] as Record<string, unknown> | undefined)?.['reference-id'];
  return { id: inquiry['id'], referenceId: typeof referenceId === 'string' && referenceId !== '' ? referenceId : null };
}

function isInquiryList(value: unknown): value is Inquiry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item?.id === 'string' && typeof item.status === 'string' && typeof item.createdAt === 'string' && Array.isArray(item.failedChecks),
    )
  );
}

function replace(inquiries: Inquiry[], fresh: Inquiry): Inquiry[] {
  return inquiries.map((inquiry) => (inquiry.id === fresh.id ? fresh : inquiry));
}
