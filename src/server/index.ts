// `id-verification-gate/server`: the host's side of the gate, on web standards only
// (fetch, Request/Response, Web Crypto): Node 20+, Deno, Bun, Workers, route handlers.
// Nothing in the browser entries imports this room.
export { createPersonaClient, personaApiVersion } from './persona-client.js';
export type {
  CreateInquiryInput,
  PersonaBudget,
  PersonaCallOptions,
  PersonaClient,
  PersonaClientOptions,
  PersonaClock,
  PersonaPriority,
} from './persona-client.js';
export { createGateHandlers } from './gate-handlers.js';
export type { GateHandler, GateHandlerOptions, GateHandlers } from './gate-handlers.js';
export { verifyPersonaSignature, type VerifyPersonaSignatureInput } from './persona-signature.js';
export {
  createMemoryStore,
  createRedisStore,
  isObservedInquiry,
  type GateStore,
  type IoRedisLikeClient,
  type MemoryStoreOptions,
  type NodeRedisLikeClient,
  type ObservedInquiry,
  type PersonRecord,
  type RedisStoreOptions,
} from './store/index.js';
export { PersonaApiError, type PersonaApiErrorKind } from './persona-api-error.js';
export type { Inquiry, PersonaInquiryStatus } from './inquiry.js';
export type { ServerStatus, SessionReply, StatusReply } from '../protocol/status.js';
export type { BlockReason, DeclineReason } from '../protocol/reasons.js';
