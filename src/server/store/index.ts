// The record of each person's standing: the interface and the two stores the package brings.
export { isObservedInquiry, type GateStore, type ObservedInquiry, type PersonRecord } from './gate-store.js';
export { createMemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { createRedisStore, type IoRedisLikeClient, type NodeRedisLikeClient, type RedisStoreOptions } from './redis-store.js';
