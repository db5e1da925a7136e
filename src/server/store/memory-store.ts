import { lockToken, newer, type GateStore, type ObservedInquiry, type PersonRecord } from './gate-store.js';

export interface MemoryStoreOptions {
  /**
   * People kept; the least recently used go first. Default 10000. An evicted
   * person costs one Persona read (a list of their inquiries) the next time
   * they are asked about, as does everyone after a restart.
   */
  readonly maxPeople?: number;
  /** For tests: now in ms. */
  readonly now?: () => number;
}

/**
 * The default store: this process's memory, bounded. Not shared between
 * instances and lost on restart (`durable: false`): with several instances,
 * use `createRedisStore`.
 */
export function createMemoryStore({ maxPeople = 10_000, now = Date.now }: MemoryStoreOptions = {}): GateStore {
  if (!(Number.isInteger(maxPeople) && maxPeople > 0)) throw new TypeError('createMemoryStore: maxPeople must be a positive whole number.');
  const people = new Map<string, Map<string, ObservedInquiry>>();
  const locks = new Map<string, { token: string; expires: number }>();

  /** Most recently used last, so the first key is the one to evict. */
  function touch(key: string): Map<string, ObservedInquiry> | undefined {
    const inquiries = people.get(key);
    if (inquiries) {
      people.delete(key);
      people.set(key, inquiries);
    }
    return inquiries;
  }

  return {
    durable: false,
    async get(key) {
      const inquiries = touch(key);
      // Copies, so a caller can never change the record by changing what it got.
      return inquiries && ({ inquiries: [...inquiries.values()].map((inquiry) => ({ ...inquiry })) } satisfies PersonRecord);
    },
    async merge(key, observations) {
      const inquiries = touch(key) ?? new Map<string, ObservedInquiry>();
      for (const observation of observations) {
        if (newer(inquiries.get(observation.id), observation)) inquiries.set(observation.id, { ...observation });
      }
      people.set(key, inquiries);
      while (people.size > maxPeople) people.delete(people.keys().next().value!);
    },
    async delete(key) {
      people.delete(key);
    },
    async lock(name, ttlMs) {
      const held = locks.get(name);
      if (held && held.expires > now()) return null;
      const token = lockToken();
      locks.set(name, { token, expires: now() + ttlMs });
      // Expired locks are dropped as new ones are taken, so the map stays small.
      if (locks.size > 2 * maxPeople) for (const [other, lock] of locks) if (lock.expires <= now()) locks.delete(other);
      return token;
    },
    async unlock(name, token) {
      if (locks.get(name)?.token === token) locks.delete(name);
    },
  };
}
