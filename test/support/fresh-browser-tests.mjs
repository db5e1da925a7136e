/**
 * Tests that fake a download failure need a browser whose caches have never seen
 * the module (a cached module never reaches msw): each runs in a browser of its own.
 */
export const freshBrowserTests = ['test/offline-screens.test.ts', 'test/sdk-loading.test.ts'];
