import type { StatusReply } from '../../protocol/status.js';
import type { PersonaClient } from '../persona-client.js';
import type { GateStore } from '../store/gate-store.js';

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
  /** The record of each person's standing. Default {@link createMemoryStore} (this process only). */
  readonly store?: GateStore;
  /** @deprecated The old name of `store`. */
  readonly cache?: GateStore;
  /**
   * Look up, once, a person the record has never seen (one Persona list request
   * each): for inquiries made before the record existed, or outside `session`.
   * Default false: such a person is `unverified` without asking Persona.
   */
  readonly reconcile?: boolean;
  /** `true` when the template's decisioning approves after `completed` (Workflows, manual review); default false. */
  readonly waitForDecision?: boolean;
  /** Told about every failure (Persona's, the store's, yours), also when the answer could still be given; never given the API key. */
  readonly onError?: (error: unknown) => void;
  /** For tests: now in ms (the fallback read's 10 s). */
  readonly now?: () => number;
}

export type GateHandler = (request: Request) => Promise<Response>;

export interface GateHandlers {
  /** `POST session-url` → `{ inquiryId, sessionToken }`: the person's open (or expired) inquiry, resumed, or a new one. */
  readonly session: GateHandler;
  /** `GET status-url?scope=S[&inquiry-id=ID]` → `{ status, attemptsRemaining?, reason?, retryAfterMs? }`. */
  readonly status: GateHandler;
  /** Persona's webhook: checks `Persona-Signature`, then writes what the event says into the record. */
  readonly webhook: GateHandler;
  /** All three under one prefix: routes `…/session`, `…/status` and `…/webhook` by the last path segment. */
  readonly fetch: GateHandler;
  /** The person's standing from the record, for your own API; asks Persona only about a person it must look up. */
  standing(referenceId: string): Promise<StatusReply>;
  /**
   * For a route of your own that needs a verified person: `undefined` when `identify`'s
   * person is approved, else the answer to send (401, 403 `verification_required`, 503).
   */
  guard(request: Request): Promise<Response | undefined>;
  /**
   * Drops what the record holds about the person and learns them again from Persona
   * (one list request): after an appeal, or a decision changed by hand. Rejects, keeping
   * the old record, when Persona cannot answer.
   */
  forget(referenceId: string): Promise<StatusReply>;
}

/** The options, checked: a wrong one is a TypeError naming it, at start-up rather than on the first request. */
export function checkedOptions(options: GateHandlerOptions): GateHandlerOptions {
  const fail = (why: string) => {
    throw new TypeError(`createGateHandlers: ${why}`);
  };
  if (typeof options !== 'object' || options === null) fail('pass an options object.');
  if (typeof options.persona?.listInquiries !== 'function') fail('persona must come from createPersonaClient.');
  if (typeof options.templateId !== 'string' || !/^itmplv?_/.test(options.templateId)) {
    fail('templateId must be an inquiry template id (itmpl_…) or version id (itmplv_…).');
  }
  if (typeof options.identify !== 'function') fail('identify must be a function (request) => reference id | null.');
  const { maxAttempts, store, cache } = options;
  if (maxAttempts !== undefined && !(Number.isInteger(maxAttempts) && maxAttempts > 0)) {
    fail('maxAttempts must be a positive whole number.');
  }
  for (const [name, value] of Object.entries({ store, cache })) {
    if (value !== undefined && !isGateStore(value)) fail(`${name} must be a GateStore (createMemoryStore, createRedisStore or your own).`);
  }
  return options;
}

export function isGateStore(value: unknown): value is GateStore {
  const store = value as Partial<GateStore> | null;
  return (
    typeof store === 'object' &&
    store !== null &&
    typeof store.durable === 'boolean' &&
    ['get', 'merge', 'delete', 'lock', 'unlock'].every((method) => typeof (store as Record<string, unknown>)[method] === 'function')
  );
}
