// Recipe: Express, through @hono/node-server's adapter. No body parser on these
// routes: the webhook's signature covers the raw body.
import { getRequestListener } from '@hono/node-server';
import express from 'express';
import { idv } from './idv.js';

export const app = express();
app.use('/api/idv', getRequestListener(idv.fetch));

// A route of your own that only a verified person reaches (your login reads the cookie).
app.use('/api/tools', async (req, res, next) => {
  const denied = await idv.guard(new Request(new URL(req.originalUrl, 'http://localhost'), { headers: { cookie: req.get('cookie') ?? '' } }));
  if (denied) res.status(denied.status).json(await denied.json());
  else next();
});
app.get('/api/tools/advanced', (_req, res) => {
  res.json({ tools: ['advanced'] });
});
