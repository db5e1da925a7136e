// The benchmark's world, all on loopback: the Persona API stand-in (its 300/min
// window) behind a switch for the outage, a real redis-server, and two
// instances of a handler design, each an HTTP server of its own. Webhooks go to
// the instances in turn, as behind a load balancer.
import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { importSource } from '../import-source.mjs';
import { startRedisServer } from '../support/redis-server.mjs';

export const server = await importSource('src/server/index.ts');
export const testing = await importSource('src/testing/index.ts');

const secret = 'wbhsec_bench';
export const templateId = 'itmpl_bench';

async function listen(handler) {
  const http = createServer(getRequestListener(handler, { overrideGlobalObjects: false }));
  http.keepAliveTimeout = 60_000;
  await new Promise((resolve) => http.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${http.address().port}`, close: () => new Promise((resolve) => (http.closeAllConnections(), http.close(resolve))) };
}

/** A store that keeps nothing: the naive design, which asks Persona on every request. */
function forgetfulStore() {
  return { durable: false, get: async () => undefined, merge: async () => {}, delete: async () => {}, lock: async () => 'free', unlock: async () => {} };
}

/**
 * `design`: 'naive' (asks Persona every time), 'redis' (two instances, one Redis) or 'memory' (one instance).
 * Persona's clock for its window is `skew`-able, so people can be seeded "yesterday" without eating today's budget.
 */
export async function startWorld(design) {
  let skew = 0;
  let down = false;
  const persona = { requests: [], answers: { ok: 0, 429: 0, other: 0, down: 0 } };
  let webhookTurn = 0;
  const instances = [];
  /** Status requests timed inside the handler: from the Request to its Response, without HTTP or the load generator. */
  const statusHandlerMs = [];
  const timed = (handler) => async (request) => {
    const started = performance.now();
    const response = await handler(request);
    if (new URL(request.url).pathname.endsWith('/status')) statusHandlerMs.push(performance.now() - started);
    return response;
  };
  const api = testing.createPersonaApiStandIn({
    now: () => Date.now() + skew,
    webhook: { to: (request) => fetch(`${instances[webhookTurn++ % instances.length].url}/api/idv/webhook`, { method: 'POST', headers: request.headers, body: request.body, duplex: 'half' }), secret },
  });
  const personaServer = await listen(async (request) => {
    persona.requests.push(Date.now());
    if (down) {
      persona.answers.down++;
      return new Response('{"errors":[{"title":"Service Unavailable"}]}', { status: 503, headers: { 'content-type': 'application/json' } });
    }
    const response = await api.handle(request);
    persona.answers[response.status < 400 ? 'ok' : response.status === 429 ? 429 : 'other']++;
    return response;
  });

  const redis = design === 'redis' ? await startRedisServer() : undefined;
  const connections = [];
  const count = design === 'memory' ? 1 : 2;
  const handlersOn = (store) =>
    server.createGateHandlers({
      persona: server.createPersonaClient({ apiKey: api.apiKey, baseUrl: personaServer.url, timeoutMs: 5_000 }),
      templateId,
      identify: (request) => request.headers.get('x-person'),
      webhookSecrets: [secret],
      store,
      onError: (error) => process.env.BENCH_DEBUG && console.error(error.message),
    });
  for (let i = 0; i < count; i++) {
    let store = forgetfulStore();
    if (design === 'redis') {
      const client = new Redis(redis.url);
      connections.push(client);
      store = server.createRedisStore(client, { prefix: 'bench:' });
    } else if (design === 'memory') store = server.createMemoryStore();
    const handlers = handlersOn(store);
    instances.push({ ...(await listen(timed(handlers.fetch))), handlers, store });
  }

  return {
    design,
    api,
    persona,
    instances,
    statusHandlerMs,
    setDown: (value) => (down = value),
    /** Moves Persona's window clock on: seeding done "before" the measured minutes. */
    nextWindow: () => (skew += 61_000),
    /**
     * Handlers for seeding "yesterday", on the first instance's store, with a Persona
     * client of their own: the instances' clients keep today's budget to themselves.
     */
    seeder: () => handlersOn(instances[0].store),
    async close() {
      for (const instance of instances) await instance.close();
      await personaServer.close();
      for (const client of connections) client.disconnect();
      await redis?.stop();
    },
  };
}
