// Recipe: Next.js App Router, app/api/idv/session/route.ts.
import { idv } from '../../../../../idv.js';

export const POST = idv.session;
