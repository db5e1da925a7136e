// The real server entry, mounted in a dev server (the test runner's and the
// demo's): the gate handlers and Persona client against the Persona API
// stand-in, and the Persona sandbox reporting the person's choices to it.
// Nothing is mocked between the browser and the handlers:
//
//   browser gate ──session/status──▶ handlers ──REST──▶ API stand-in
//   sandbox flow ──/outcome──▶ API stand-in ──signed webhook (HTTP)──▶ handlers
//
// Routes, under `basePath` (default /api/real):
//   POST session, GET status, POST webhook   the handlers' `fetch` (`identify`: the x-demo-person header)
//   POST script { person, decisions }         what Persona decides for that person next (tests, demo)
import { getRequestListener } from '@hono/node-server';
import { randomUUID } from 'node:crypto';
import { importSource } from '../../scripts/import-source.mjs';

export function gateBackend({ sandboxPort = 0, basePath = '/api/real', templateId = 'itmpl_demo' } = {}) {
  let sandbox;
  let api;
  let handlers;

  // Node's request as a web Request and back, through the adapter the README recommends
  // (the dev server's own globals stay as they are).
  const listener = getRequestListener(
    (request) => (new URL(request.url).pathname === `${basePath}/script` ? script(request) : handlers.fetch(request)),
    { overrideGlobalObjects: false },
  );

  async function script(request) {
    const { person, decisions } = await request.json().catch(() => ({}));
    if (typeof person !== 'string' || !Array.isArray(decisions)) return new Response('{"error":"bad_script"}', { status: 400 });
    api.script(person, ...decisions);
    return new Response('{"scripted":true}', { headers: { 'content-type': 'application/json' } });
  }

  return {
    /** The sandbox's `localhost:PORT`, once started. */
    get host() {
      return sandbox?.host;
    },
    plugin: {
      name: 'gate-backend',
      async serverStart({ config }) {
        const [server, testing] = await Promise.all([importSource('src/server/index.ts'), importSource('src/testing/index.ts')]);
        const secret = `wbhsec_${randomUUID()}`;
        api = testing.createPersonaApiStandIn({
          webhook: { to: `http://localhost:${config.port}${basePath}/webhook`, secret },
        });
        handlers = server.createGateHandlers({
          persona: server.createPersonaClient({ apiKey: api.apiKey, baseUrl: api.baseUrl, fetch: api.fetch }),
          templateId,
          // A stand-in for the host's login: real hosts read their session cookie.
          identify: (request) => request.headers.get('x-demo-person'),
          webhookSecrets: [secret],
          onError: (error) => console.error('[gate-backend]', error.message),
        });
        sandbox = await testing.startPersonaSandbox({ port: sandboxPort, personaApi: api });
      },
      async serverStop() {
        await sandbox?.close();
      },
    },
    /** Koa middleware: everything under `basePath` goes to the handlers' `fetch`, as any Node host would mount it. */
    async middleware(ctx, next) {
      if (!ctx.path.startsWith(`${basePath}/`) || !handlers) return next();
      ctx.respond = false;
      await listener(ctx.req, ctx.res);
      return undefined;
    },
  };
}
