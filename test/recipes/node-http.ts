// Recipe: Node's own http server, through @hono/node-server's adapter.
import { getRequestListener } from '@hono/node-server';
import { createServer } from 'node:http';
import { idv } from './idv.js';

const gate = getRequestListener(idv.fetch);
const tools = getRequestListener(async (request) => (await idv.guard(request)) ?? Response.json({ tools: ['advanced'] }));

export const server = createServer((req, res) => {
  if (req.url?.startsWith('/api/idv/')) return gate(req, res);
  if (req.url === '/api/tools/advanced') return tools(req, res);
  res.writeHead(404).end();
});
