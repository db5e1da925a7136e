import { json } from '../json-response.js';
import type { GateHandler } from './gate-options.js';

/**
 * One handler for all three routes, to mount under any prefix (Hono's
 * `app.mount`, Bun, Deno, Workers, `getRequestListener` for Node): the last
 * path segment picks the handler, which checks its own method.
 */
export function router(routes: { session: GateHandler; status: GateHandler; webhook: GateHandler }): GateHandler {
  return async (request) => {
    const segment = new URL(request.url).pathname.replace(/\/+$/, '').split('/').pop();
    switch (segment) {
      case 'session':
        return routes.session(request);
      case 'status':
        return routes.status(request);
      case 'webhook':
        return routes.webhook(request);
      default:
        return json(404, { error: 'not_found' });
    }
  };
}
