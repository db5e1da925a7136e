import type { Inquiry } from '../inquiry.js';

/**
 * One inquiry of a person as Persona last told the handlers, and when:
 * `asOf` is the event's `created-at` for a webhook, or the moment the API read
 * was sent (ms since the epoch). An observation replaces another of the same
 * inquiry only when it is newer, so a late or redelivered event never undoes
 * what a newer one said.
 */
export interface ObservedInquiry extends Inquiry {
  readonly asOf: number;
  /** When this server recorded it, on its own clock (`asOf` may be Persona's): how stale it is. */
  readonly seenAt?: number;
}

/** What the store holds about one person: every inquiry of theirs it has observed. */
export interface PersonRecord {
  readonly inquiries: readonly ObservedInquiry[];
}

/**
 * Where the handlers keep each person's standing: a record per person, written
 * only from Persona (verified webhooks, API reads), read on every page view.
 * Implement it over any store that can do these steps atomically; see
 * `createMemoryStore`, `createRedisStore` and the Postgres example in docs/server.md.
 * Keys are opaque strings chosen by the handlers (template and reference id).
 */
export interface GateStore {
  /**
   * `true` when a person without a record has never had one: records outlive a
   * restart and are never evicted (Redis with `noeviction`, a database). Then a
   * person never seen is `unverified` without asking Persona. `false` (memory):
   * a missing record costs one Persona read.
   */
  readonly durable: boolean;
  /** The person's record, or `undefined` when there is none. */
  get(key: string): Promise<PersonRecord | undefined>;
  /**
   * Creates the record if needed, then writes each observation unless the
   * record holds one of the same inquiry with an equal or later `asOf`: that
   * compare-and-write is atomic per inquiry (a Lua script, a conditional
   * upsert), so instances writing at once never undo a newer observation. An
   * empty list only creates the record (the person was looked up and has none).
   */
  merge(key: string, observations: readonly ObservedInquiry[]): Promise<void>;
  /** Drops the record. */
  delete(key: string): Promise<void>;
  /** Takes the named lock for `ttlMs` when nobody holds it (Redis `SET NX PX`): a token to release it, or `null`. */
  lock(name: string, ttlMs: number): Promise<string | null>;
  /** Releases the lock if `token` still holds it. */
  unlock(name: string, token: string): Promise<void>;
}

/** A record read back from a store is believed only in this shape. */
export function isObservedInquiry(value: unknown): value is ObservedInquiry {
  const item = value as Partial<ObservedInquiry> | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.id === 'string' &&
    /^inq_/.test(item.id) &&
    typeof item.status === 'string' &&
    typeof item.createdAt === 'string' &&
    typeof item.asOf === 'number' &&
    Number.isFinite(item.asOf) &&
    Array.isArray(item.failedChecks)
  );
}

/** The newer of two observations of one inquiry: `next` wins only when strictly newer. */
export function newer(current: ObservedInquiry | undefined, next: ObservedInquiry): boolean {
  return current === undefined || next.asOf > current.asOf;
}

/** A lock token no other holder can guess. */
export const lockToken = () => globalThis.crypto.randomUUID();
