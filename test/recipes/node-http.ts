// Recipe: Node's own http server.
import { createServer } from 'node:http';
import { idv } from './idv.js';
import { send, toRequest } from './node-adapter.js';

const routes: Record<string, (request: Request) => Promise<Response>> = {
  'POST /api/idv/session': idv.session,
  'GET /api/idv/status': idv.status,
  'POST /api/idv/webhook': idv.webhook,
};

export const server = createServer(async (req, res) => {
  const handler = routes[`${req.method} ${new URL(req.url ?? '/', 'http://localhost').pathname}`];
  if (handler) await send(res, await handler(toRequest(req)));
  else res.writeHead(404).end();
});
