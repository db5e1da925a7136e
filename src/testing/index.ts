// `id-verification-gate/testing`: Persona, offline, for your own tests and local
// development. A stand-in for the part of Persona's REST API the server entry
// uses (scripted decisions, signed webhooks), and the local stand-in for
// Persona's inquiry host that the real `persona` SDK loads its flow from.
export { createPersonaApiStandIn } from './persona-api-stand-in.js';
export type {
  PersonaApiStandIn,
  PersonaApiStandInOptions,
  RecordedRequest,
  StandInDecision,
  StandInFailure,
} from './stand-in-types.js';
export type { StandInCheck } from './stand-in-checks.js';
export type { StandInRateLimit } from './stand-in-rate-limit.js';
export { personaRedeliverySchedule, type WebhookAttempt, type WebhookDeliveryOptions } from './webhook-deliveries.js';
export type { ServedOverHttp } from './serve-over-http.js';
export { sendPersonaWebhook, signPersonaWebhook, type SignPersonaWebhookInput, type WebhookTarget } from './webhook-sender.js';
export { startPersonaSandbox, type PersonaSandbox, type SandboxPersonaApi } from './persona-sandbox/server.js';
