// Internals of the server entry that deserve a table test of their own.
import { importSource } from '../../../scripts/import-source.mjs';

export const { retryDelay, defaultRetryPolicy } = await importSource('src/server/retry-delay.ts');
export const { checkCatalogue, reasonOf } = await importSource('src/server/check-reasons.ts');
