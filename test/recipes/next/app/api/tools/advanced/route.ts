// app/api/tools/advanced/route.ts: a route of your own that only a verified person reaches.
import { idv } from '../../../../../idv.js';

export async function GET(request: Request): Promise<Response> {
  return (await idv.guard(request)) ?? Response.json({ tools: ['advanced'] });
}
