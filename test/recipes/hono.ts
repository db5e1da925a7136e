// Recipe: Hono (Node, Bun, Deno, Cloudflare Workers).
import { Hono } from 'hono';
import { idv } from './idv.js';

export const app = new Hono();
app.post('/api/idv/session', (c) => idv.session(c.req.raw));
app.get('/api/idv/status', (c) => idv.status(c.req.raw));
app.post('/api/idv/webhook', (c) => idv.webhook(c.req.raw));
