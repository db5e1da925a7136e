// Recipe: Next.js App Router, app/api/idv/status/route.ts. Never cached: the answer is per person.
import { idv } from '../../../../../idv.js';

export const dynamic = 'force-dynamic';
export const GET = idv.status;
