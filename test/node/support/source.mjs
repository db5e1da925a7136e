// The server and testing entries, built from src/ for the Node tests (no `npm run build` needed).
import { importSource } from '../../../scripts/import-source.mjs';

export const server = await importSource('src/server/index.ts');
export const testing = await importSource('src/testing/index.ts');
