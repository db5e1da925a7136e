// Recipe: Next.js App Router, app/api/idv/webhook/route.ts.
import { idv } from '../../../../../idv.js';

export const POST = idv.webhook;
