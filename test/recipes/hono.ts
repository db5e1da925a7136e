// Recipe: Hono (Node, Bun, Deno, Cloudflare Workers): the gate's three routes in one line,
// and a route of your own that only a verified person reaches.
import { Hono } from 'hono';
import { idv } from './idv.js';

export const app = new Hono();
app.mount('/api/idv', idv.fetch);

app.use('/api/tools/*', async (c, next) => (await idv.guard(c.req.raw)) ?? next());
app.get('/api/tools/advanced', (c) => c.json({ tools: ['advanced'] }));
