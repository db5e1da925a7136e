// Recipe: several instances, one truth: the record in your Redis, with either client.
import { createGateHandlers, createPersonaClient, createRedisStore } from 'id-verification-gate/server';
import { Redis } from 'ioredis';
import { createClient } from 'redis';
import { currentUserId } from './session.js';

// node-redis (the `redis` package): connect it yourself; the store never opens or closes it.
const redis = createClient({ url: process.env['REDIS_URL'] });
await redis.connect();

export const idv = createGateHandlers({
  persona: createPersonaClient({ apiKey: process.env['PERSONA_API_KEY']! }),
  templateId: process.env['PERSONA_TEMPLATE_ID']!,
  identify: (request) => currentUserId(request),
  webhookSecrets: process.env['PERSONA_WEBHOOK_SECRETS']!.split(','),
  store: createRedisStore(redis, { prefix: 'idv:' }),
});

// Or ioredis:
export const ioredisStore = createRedisStore(new Redis(process.env['REDIS_URL']!, { lazyConnect: false }));
