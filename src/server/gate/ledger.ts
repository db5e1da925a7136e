import type { Inquiry } from '../inquiry.js';
import type { PersonaClient, PersonaPriority } from '../persona-client.js';
import { isObservedInquiry, type GateStore, type ObservedInquiry } from '../store/gate-store.js';
import { newestFirst } from '../verdict.js';
import { singleFlight } from './single-flight.js';

/** With no webhook about an inquiry in flight for this long, a status request reads it from Persona (once per inquiry, across instances). */
export const fallbackReadMs = 10_000;

export interface LedgerOptions {
  readonly persona: PersonaClient;
  readonly store: GateStore;
  readonly templateId: string;
  readonly reconcile: boolean;
  readonly now: () => number;
  readonly report: (error: unknown) => void;
}

export type Ledger = ReturnType<typeof createLedger>;

/**
 * The record of each person's standing, kept in the store and written only
 * from Persona: API reads (here) and verified webhooks (`observe`). Reads are
 * few: a person is listed when the record cannot vouch for them, and an
 * inquiry in flight is read at most once per {@link fallbackReadMs}.
 */
export function createLedger({ persona, store, templateId, reconcile, now, report }: LedgerOptions) {
  const isTemplateVersion = templateId.startsWith('itmplv_');
  const once = singleFlight(store);
  // One record per person and template, so gates of several templates can share a store.
  const keyOf = (referenceId: string) => `${templateId}:${referenceId}`;
  const ofThisGate = (inquiry: Inquiry) => isTemplateVersion || inquiry.templateId === null || inquiry.templateId === templateId;
  /** Only the person's own inquiries of this gate's template count. */
  const ours = (referenceId: string) => (inquiry: Inquiry) => inquiry.referenceId === referenceId && ofThisGate(inquiry);
  /** An API read sent at `sentAt` is newer than anything the record held before it was sent. */
  const readAt = (known: readonly ObservedInquiry[] | undefined, id: string, sentAt: number) =>
    Math.max(sentAt, (known?.find((inquiry) => inquiry.id === id)?.asOf ?? -Infinity) + 1);

  async function recorded(referenceId: string): Promise<ObservedInquiry[] | undefined> {
    const record = await store.get(keyOf(referenceId));
    if (record === undefined) return undefined;
    // A store of your own may hand back anything: only observations in the right shape are believed.
    return (Array.isArray(record?.inquiries) ? record.inquiries : []).filter(isObservedInquiry).filter(ours(referenceId));
  }

  /** Every inquiry of the person, listed from Persona and merged into the record. */
  async function list(referenceId: string, priority: PersonaPriority): Promise<ObservedInquiry[]> {
    const known = await recorded(referenceId);
    const sentAt = now();
    let inquiries = (await persona.listInquiries(referenceId, { priority })).filter(ours(referenceId));
    // Why the newest decline happened lives in its checks, which only a retrieve includes.
    const decline = newestFirst(inquiries).find((inquiry) => inquiry.status === 'failed' || inquiry.status === 'declined');
    const knownDecline = decline && known?.find((inquiry) => inquiry.id === decline.id && inquiry.status === decline.status);
    if (decline && !knownDecline) {
      const retrieved = await persona.retrieveInquiry(decline.id, { priority });
      inquiries = inquiries.map((inquiry) => (inquiry.id === retrieved.id ? retrieved : inquiry));
    } else if (decline && knownDecline) {
      inquiries = inquiries.map((inquiry) => (inquiry.id === decline.id ? { ...inquiry, failedChecks: knownDecline.failedChecks } : inquiry));
    }
    return inquiries.map((inquiry) => ({ ...inquiry, asOf: readAt(known, inquiry.id, sentAt), seenAt: now() }));
  }

  async function lookUp(referenceId: string, priority: PersonaPriority): Promise<ObservedInquiry[]> {
    await store.merge(keyOf(referenceId), await list(referenceId, priority));
    return (await recorded(referenceId)) ?? [];
  }

  return {
    keyOf,
    ofThisGate,

    /**
     * The person's inquiries as recorded, or `undefined` for a person never seen
     * (unverified). A person the store cannot vouch for (memory after a restart or
     * an eviction; `reconcile`) is looked up once, one request for all callers.
     */
    async known(referenceId: string): Promise<ObservedInquiry[] | undefined> {
      const inquiries = await recorded(referenceId);
      if (inquiries !== undefined || (store.durable && !reconcile)) return inquiries;
      return once(`list:${keyOf(referenceId)}`, () => lookUp(referenceId, 'background'), () => recorded(referenceId));
    },

    /** A fresh list from Persona (session: before creating anything there). */
    lookUp,

    /**
     * An inquiry id the record does not hold: the person's list is read, at most
     * once per {@link fallbackReadMs} per person, so made-up ids cost little.
     */
    async lookUpUnknown(referenceId: string): Promise<ObservedInquiry[] | undefined> {
      if ((await store.lock(`unknown:${keyOf(referenceId)}`, fallbackReadMs)) === null) return undefined;
      return lookUp(referenceId, 'background');
    },

    /**
     * The fallback read of an inquiry in flight when no webhook came for
     * {@link fallbackReadMs} (`force`: whatever its age): the fresh record, or
     * `undefined` when not due, taken by another request, or failed (`onError` hears).
     */
    async refresh(referenceId: string, inquiry: ObservedInquiry, { force = false } = {}): Promise<ObservedInquiry[] | undefined> {
      if (!force && now() - (inquiry.seenAt ?? inquiry.asOf) < fallbackReadMs) return undefined;
      // Never released: the lock is also the pause until the next read of this inquiry.
      if ((await store.lock(`read:${inquiry.id}`, fallbackReadMs)) === null) return undefined;
      try {
        const sentAt = now();
        const fresh = await persona.retrieveInquiry(inquiry.id, { priority: 'background', maxWaitMs: 0 });
        if (!ours(referenceId)(fresh)) return undefined;
        await store.merge(keyOf(referenceId), [{ ...fresh, asOf: readAt([inquiry], inquiry.id, sentAt), seenAt: now() }]);
        return await recorded(referenceId);
      } catch (error) {
        report(error);
        return undefined;
      }
    },

    /**
     * What Persona said about one inquiry, as of `asOf` (a webhook's `created-at`,
     * or the moment a read was sent). For a person the record has no entry for,
     * only when the store vouches for absence: otherwise their first request lists
     * everything, this inquiry included.
     */
    async observe(inquiry: Inquiry, asOf: number): Promise<void> {
      const referenceId = inquiry.referenceId;
      if (referenceId === null || !ours(referenceId)(inquiry)) return;
      if (!(store.durable && !reconcile) && (await store.get(keyOf(referenceId))) === undefined) return;
      await store.merge(keyOf(referenceId), [{ ...inquiry, asOf, seenAt: now() }]);
    },

    /** One request per name at a time, across instances. */
    once,

    /** Lists first, so a failure keeps the old record; then the record holds only what Persona said now. */
    async forget(referenceId: string): Promise<ObservedInquiry[]> {
      const fresh = await list(referenceId, 'interactive');
      await store.delete(keyOf(referenceId));
      await store.merge(keyOf(referenceId), fresh);
      return (await recorded(referenceId)) ?? [];
    },
  };
}
