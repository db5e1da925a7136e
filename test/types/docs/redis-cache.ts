// docs/server.md's shared cache, type-checked against node-redis and the server entry.
import { createGateHandlers, createPersonaClient, type GateCache } from 'id-verification-gate/server';
import { createClient } from 'redis';

const redis = createClient();
const persona = createPersonaClient({ apiKey: 'persona_sandbox_docs' });
const templateId = 'itmpl_docs';
const identify = (request: Request) => request.headers.get('x-user');
const webhookSecrets = ['wbhsec_docs'];

// #region sample
const cache: GateCache = {
  get: async (key) => JSON.parse((await redis.get(key)) ?? 'null') ?? undefined,
  set: async (key, value, ttlMs) => { await redis.set(key, JSON.stringify(value), { PX: ttlMs }); },
  delete: async (key) => { await redis.del(key); },
};
createGateHandlers({ persona, templateId, identify, webhookSecrets, cache });
// #endregion sample
