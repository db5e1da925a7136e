import { isObservedInquiry, lockToken, type GateStore, type ObservedInquiry } from './gate-store.js';

/** A connected client of the `redis` package (node-redis 4/5): only its `sendCommand` is used. */
export interface NodeRedisLikeClient {
  sendCommand(args: string[]): Promise<unknown>;
}

/** A connected `ioredis` client: only its `call` is used. */
export interface IoRedisLikeClient {
  call(command: string, args: (string | number)[]): Promise<unknown>;
}

export interface RedisStoreOptions {
  /** Prefix of every key this store writes; default `idv:`. */
  readonly prefix?: string;
}

/**
 * A record per person in a Redis hash: `seen`, and per inquiry `a:<id>` (its
 * `asOf`) and `i:<id>` (the observation). One script writes an observation
 * only when it is newer than the stored one, so instances never race.
 */
const mergeScript = `
redis.call('HSET', KEYS[1], 'seen', '1')
for i = 1, #ARGV, 3 do
  local current = tonumber(redis.call('HGET', KEYS[1], 'a:' .. ARGV[i]))
  if not current or current < tonumber(ARGV[i + 1]) then
    redis.call('HSET', KEYS[1], 'a:' .. ARGV[i], ARGV[i + 1], 'i:' .. ARGV[i], ARGV[i + 2])
  end
end
return 1`;

/** Releases a lock only for the holder of its token. */
const unlockScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * A store every instance shares, on your Redis (`durable: true`: configure
 * Redis with `maxmemory-policy noeviction` and persistence, or pass
 * `reconcile: true` to the handlers). It uses only atomic commands: a Lua
 * script per write, `SET NX PX` for locks. It never opens or closes the
 * connection: that stays yours.
 */
export function createRedisStore(client: NodeRedisLikeClient | IoRedisLikeClient, { prefix = 'idv:' }: RedisStoreOptions = {}): GateStore {
  const command = commandOf(client);
  const personKey = (key: string) => `${prefix}person:${key}`;
  const lockKey = (name: string) => `${prefix}lock:${name}`;

  return {
    durable: true,
    async get(key) {
      const fields = await command(['HGETALL', personKey(key)]);
      const flat = Array.isArray(fields) ? fields.map(String) : Object.entries(fields ?? {}).flat().map(String);
      if (flat.length === 0) return undefined;
      const inquiries: ObservedInquiry[] = [];
      for (let i = 0; i < flat.length; i += 2) {
        if (!flat[i]!.startsWith('i:')) continue;
        const observed = parsed(flat[i + 1]!);
        // A value that is not an observation (someone else's key, a broken write) is never believed.
        if (isObservedInquiry(observed)) inquiries.push(observed);
      }
      return { inquiries };
    },
    async merge(key, observations) {
      const args = observations.flatMap((observation) => [observation.id, String(observation.asOf), JSON.stringify(observation)]);
      await command(['EVAL', mergeScript, '1', personKey(key), ...args]);
    },
    async delete(key) {
      await command(['DEL', personKey(key)]);
    },
    async lock(name, ttlMs) {
      const token = lockToken();
      const answer = await command(['SET', lockKey(name), token, 'NX', 'PX', String(Math.max(1, Math.ceil(ttlMs)))]);
      return answer === 'OK' ? token : null;
    },
    async unlock(name, token) {
      await command(['EVAL', unlockScript, '1', lockKey(name), token]);
    },
  };
}

function commandOf(client: NodeRedisLikeClient | IoRedisLikeClient): (args: string[]) => Promise<unknown> {
  // ioredis has a `sendCommand` too, taking its own Command objects: look for `call` first.
  if (typeof (client as IoRedisLikeClient)?.call === 'function') {
    const ioredis = client as IoRedisLikeClient;
    return ([name, ...args]) => ioredis.call(name!, args);
  }
  if (typeof (client as NodeRedisLikeClient)?.sendCommand === 'function') {
    const nodeRedis = client as NodeRedisLikeClient;
    return (args) => nodeRedis.sendCommand(args);
  }
  throw new TypeError('createRedisStore: pass a connected client of the `redis` (node-redis) or `ioredis` package.');
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
