// Dev-server plugins shared by the test runner and the demo server.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { startPersonaSandbox } from './persona-sandbox/server.mjs';

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
 * Starts the local Persona sandbox beside the dev server (another port, so the
 * flow is cross-origin as with the real Persona) and tells pages its host.
 */
export function personaSandbox({ port = 0 } = {}) {
  let sandbox;
  return {
    name: 'persona-sandbox',
    async serverStart() {
      sandbox = await startPersonaSandbox({ port });
    },
    async serverStop() {
      await sandbox?.close();
    },
    /** The host pages pass as `persona-host`. */
    get host() {
      return sandbox?.host;
    },
  };
}

/**
 * Serves test/pages/strict-csp.html with the strict policy the README documents:
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
