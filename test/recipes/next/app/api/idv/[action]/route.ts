// app/api/idv/[action]/route.ts: session, status and webhook in one route file.
import { idv } from '../../../../../idv.js';

export const dynamic = 'force-dynamic'; // status: never cached
export const GET = idv.fetch;
export const POST = idv.fetch;
