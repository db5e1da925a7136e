// The server recipes of docs/server.md, run: Node http, Express, Next.js App Router route
// handlers and Hono, each mounting the same `idv` (test/recipes/idv.ts) against
// the Persona API stand-in served over HTTP, its webhooks sent to the recipe.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { importSource } from '../../scripts/import-source.mjs';
import { testing } from './support/source.mjs';

const webhookSecret = 'wbhsec_recipes';
const alias = { 'id-verification-gate/server': 'src/server/index.ts' };
let webhookTarget;
const api = testing.createPersonaApiStandIn({
  apiKey: 'persona_sandbox_recipes',
  webhook: { to: (request) => webhookTarget(request), secret: webhookSecret },
});
let served;
const servers = [];

before(async () => {
  served = await api.listen();
  Object.assign(process.env, {
    PERSONA_API_KEY: api.apiKey,
    PERSONA_API_URL: served.url,
    PERSONA_TEMPLATE_ID: 'itmpl_recipes',
    PERSONA_WEBHOOK_SECRETS: `wbhsec_old,${webhookSecret}`,
  });
});
after(async () => {
  await served.close();
  for (const server of servers) server.close();
});

/** Each recipe as a `(Request) => Promise<Response>`, whatever it is underneath. */
const recipes = {
  'Node http': async () => listening((await importSource('test/recipes/node-http.ts', { alias })).server),
  Express: async () => {
    const { app } = await importSource('test/recipes/express.ts', { alias });
    const { createServer } = await import('node:http');
    return listening(createServer(app));
  },
  'Next.js App Router': async () => {
    const { routes } = await importSource('test/recipes/next/route-handler.ts', { alias });
    return async (request) => {
      const route = routes[`${request.method} ${new URL(request.url).pathname}`];
      return route ? route(request, { params: Promise.resolve({}) }) : new Response(null, { status: 404 });
    };
  },
  Hono: async () => {
    const { app } = await importSource('test/recipes/hono.ts', { alias });
    return (request) => app.fetch(request);
  },
};

/** A Node server on a free port, reached with real HTTP requests. */
async function listening(server) {
  await new Promise((resolve) => server.listen(0, 'localhost', resolve));
  servers.push(server);
  const origin = `http://localhost:${server.address().port}`;
  return (request) => {
    const url = new URL(request.url);
    return fetch(`${origin}${url.pathname}${url.search}`, { method: request.method, headers: request.headers, body: request.body, duplex: 'half' });
  };
}

for (const [name, start] of Object.entries(recipes)) {
  describe(`recipe: ${name}`, () => {
    let app;
    before(async () => {
      app = await start();
    });
    const call = (method, path, headers = {}, body) => app(new Request(`http://host.example${path}`, { method, headers, body }));

    test('session → flow → webhook → status approved; each answer is the gate\'s protocol', async () => {
      webhookTarget = (request) => call('POST', '/api/idv/webhook', Object.fromEntries(request.headers), request.body);
      const person = { cookie: `session=user-${name.replaceAll(/\W/g, '')}` };
      assert.deepEqual(await (await call('GET', '/api/idv/status?scope=default', person)).json(), { status: 'unverified', attemptsRemaining: 3 });
      const session = await call('POST', '/api/idv/session', { ...person, 'content-type': 'application/json' }, '{"scope":"default"}');
      assert.equal(session.status, 200);
      const { inquiryId, sessionToken } = await session.json();
      assert.match(inquiryId, /^inq_/);
      assert.match(sessionToken, /^sess_/);
      await api.submit(inquiryId, 'complete');
      const status = await call('GET', `/api/idv/status?scope=default&inquiry-id=${inquiryId}`, person);
      assert.equal(status.headers.get('cache-control'), 'no-store');
      assert.deepEqual(await status.json(), { status: 'approved' });
    });

    test('a route of your own, guarded from the same record: 403 until verified, then served', async () => {
      webhookTarget = (request) => call('POST', '/api/idv/webhook', Object.fromEntries(request.headers), request.body);
      const person = { cookie: `session=tools-${name.replaceAll(/\W/g, '')}` };
      const before = await call('GET', '/api/tools/advanced', person);
      assert.equal(before.status, 403);
      assert.deepEqual(await before.json(), { error: 'verification_required', status: 'unverified' });
      assert.equal((await call('GET', '/api/tools/advanced')).status, 401);
      const { inquiryId } = await (await call('POST', '/api/idv/session', person)).json();
      await api.submit(inquiryId, 'complete');
      const requestsBefore = api.requests.length;
      const after = await call('GET', '/api/tools/advanced', person);
      assert.equal(after.status, 200);
      assert.deepEqual(await after.json(), { tools: ['advanced'] });
      assert.equal(api.requests.length, requestsBefore, 'the guard asked Persona nothing');
    });

    test('no session cookie: 401; a forged webhook: 401', async () => {
      assert.equal((await call('GET', '/api/idv/status?scope=default')).status, 401);
      assert.equal((await call('POST', '/api/idv/session')).status, 401);
      const forged = await call('POST', '/api/idv/webhook', { 'persona-signature': `t=${Math.floor(Date.now() / 1000)},v1=${'a'.repeat(64)}` }, '{}');
      assert.equal(forged.status, 401);
    });
  });
}
