// What Next.js requires of an App Router route handler export (next/dist/build/
// webpack/plugins/next-types-plugin checks the same shape): the recipes' exports fit it.
import * as session from './app/api/idv/session/route.js';
import * as status from './app/api/idv/status/route.js';
import * as webhook from './app/api/idv/webhook/route.js';

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Response | Promise<Response>;

export const routes: Record<string, RouteHandler> = {
  'POST /api/idv/session': session.POST,
  'GET /api/idv/status': status.GET,
  'POST /api/idv/webhook': webhook.POST,
};
