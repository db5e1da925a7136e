// Dev-server plugins shared by the test runner and the demo server (the Persona
// sandbox and the real server entry behind it: gate-backend.mjs).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const require = createRequire(import.meta.url);

/** TypeScript and the Persona SDK, as the browser needs them. */
export const esbuild = esbuildPlugin({
  ts: true,
  // Lit's standard decorators need es2022 output in Chromium.
  target: 'es2022',
  // Persona's logger reads process.env.NODE_ENV, which browsers do not have.
  define: { 'process.env.NODE_ENV': '"production"' },
  loaders: { mjs: 'js' },
});

/** Serves msw's service worker at the root, so its scope covers every page. */
export function mswWorker() {
  const workerPath = require.resolve('msw/mockServiceWorker.js');
  return {
    name: 'msw-worker',
    async serve(context) {
      if (context.path !== '/mockServiceWorker.js') return undefined;
      return { body: await readFile(workerPath, 'utf8'), type: 'js' };
    },
  };
}

/**
 * Serves test/pages/strict-csp.html with the strict policy docs/security.md documents:
 * scripts, styles and requests from the page's own origin only, frames only from
 * Persona's host (here the sandbox), and Trusted Types enforced. With
 * `?frames=none` the policy allows no frame at all (a host that forgot Persona).
 */
export function strictCspPage(sandbox) {
  return {
    name: 'strict-csp-page',
    transform(context) {
      if (context.path !== '/test/pages/strict-csp.html') return undefined;
      const policy = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        context.query.frames === 'none' ? "frame-src 'none'" : `frame-src http://${sandbox.host}`,
        "connect-src 'self'",
        "require-trusted-types-for 'script'",
        'trusted-types lit-html',
      ].join('; ');
      return { headers: { 'Content-Security-Policy': policy }, transformCache: false };
    },
  };
}
