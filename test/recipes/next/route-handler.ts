// What Next.js requires of an App Router route handler export (next/dist/build/
// webpack/plugins/next-types-plugin checks the same shape): the recipes' exports fit it.
import * as idv from './app/api/idv/[action]/route.js';
import * as tools from './app/api/tools/advanced/route.js';

type RouteHandler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Response | Promise<Response>;

/** Next's file-system routing, for the recipe test: `[action]` matches one segment. */
export const routes: Record<string, RouteHandler> = {
  'POST /api/idv/session': idv.POST,
  'GET /api/idv/status': idv.GET,
  'POST /api/idv/webhook': idv.POST,
  'GET /api/tools/advanced': tools.GET,
};
