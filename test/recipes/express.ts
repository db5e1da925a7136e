// Recipe: Express. No body parser on these routes: the webhook needs the raw body.
import express, { type RequestHandler } from 'express';
import { idv } from './idv.js';
import { send, toRequest } from './node-adapter.js';

const mount =
  (handler: (request: Request) => Promise<Response>): RequestHandler =>
  async (req, res, next) => {
    try {
      await send(res, await handler(toRequest(req)));
    } catch (error) {
      next(error);
    }
  };

export const app = express();
app.post('/api/idv/session', mount(idv.session));
app.get('/api/idv/status', mount(idv.status));
app.post('/api/idv/webhook', mount(idv.webhook));
