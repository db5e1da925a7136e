/**
 * Where the handlers keep what Persona last said about a person, so repeated
 * status calls need no API call. Values are plain JSON; a shared store (Redis,
 * Workers KV, a database) fits by implementing these three methods.
 */
export interface GateCache {
  get(key: string): unknown | Promise<unknown>;
  set(key: string, value: unknown, ttlMs: number): void | Promise<void>;
  delete(key: string): void | Promise<void>;
}

export interface MemoryCacheOptions {
  /** Entries kept; the oldest go first. Default 1000. */
  readonly maxEntries?: number;
  /** For tests: now in ms. */
  readonly now?: () => number;
}

/** The default cache: one process's memory, bounded, entries expire. */
export function createMemoryCache({ maxEntries = 1000, now = Date.now }: MemoryCacheOptions = {}): GateCache {
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expires <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value, ttlMs) {
      entries.delete(key);
      entries.set(key, { value, expires: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
