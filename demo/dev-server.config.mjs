// Demo server: `npm start` (wds --config demo/dev-server.config.mjs).
//
// Serves demo/index.html from the repository root, with the same TypeScript
// transform as the tests, and starts the local Persona sandbox beside it, so the
// real `persona` SDK runs offline: no internet, no credentials, nothing leaves
// this machine. The host's backend is either mocked in the page by msw (whose
// service worker this server serves at /mockServiceWorker.js), or, for the
// "real server" scenarios, the package's own server handlers at /api/real/,
// against the Persona API stand-in (test/support/gate-backend.mjs).
//
//   PORT=9000 npm start                      # demo server port (default 8000)
//   PERSONA_SANDBOX_PORT=9123 npm start      # sandbox port (default 8123; 0 = any free port)
import { fileURLToPath } from 'node:url';
import { esbuild, mswWorker } from '../test/support/browser-plugins.mjs';
import { gateBackend } from '../test/support/gate-backend.mjs';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const demoPath = '/demo/';

const port = portFromEnv('PORT', 8000, { allowZero: false });
const sandbox = gateBackend({ sandboxPort: portFromEnv('PERSONA_SANDBOX_PORT', 8123, { allowZero: true }) });

export default {
  rootDir,
  port,
  // Requests under /demo/ without a file extension fall back to the demo page.
  // (wds resolves appIndex against the working directory, hence the absolute path.)
  appIndex: fileURLToPath(new URL('./index.html', import.meta.url)),
  open: false,
  watch: true,
  // Keep the URL banner below on screen when a file change reloads the page.
  clearTerminalOnReload: false,
  nodeResolve: { exportConditions: ['browser', 'development'] },
  middleware: [loopbackOnly, redirectRootToDemo, sandbox.middleware],
  plugins: [esbuild, mswWorker(), sandbox.plugin, sandboxHostMeta(), banner()],
};

/**
 * Tells the demo page where the sandbox runs: a `<meta name="persona-sandbox-host">`
 * (read by demo/playground/sandbox-host.ts). Written on each request, so it is
 * right even when the sandbox picked a free port.
 */
function sandboxHostMeta() {
  return {
    name: 'demo-sandbox-host',
    transform(context) {
      if (!context.path.startsWith(demoPath) || !context.response.is('html')) return undefined;
      if (!sandbox.host) throw new Error('The Persona sandbox has not started.');
      const meta = `<meta name="persona-sandbox-host" content="${sandbox.host}" />`;
      return { body: context.body.replace('</head>', `    ${meta}\n  </head>`) };
    },
  };
}

/** Prints where the demo is, once both servers listen. */
function banner() {
  return {
    name: 'demo-banner',
    serverStart({ config }) {
      const line = (label, value) => `  ${label.padEnd(17)}${value}`;
      console.log(
        [
          '',
          line('Demo:', `http://localhost:${config.port}${demoPath}`),
          line('Persona sandbox:', `http://${sandbox.host}  (local stand-in; nothing leaves this machine)`),
          '',
        ].join('\n'),
      );
    },
  };
}

/**
 * wds listens on every interface; the demo is only for this machine (the
 * sandbox it points the gate at listens on localhost only).
 */
function loopbackOnly(ctx, next) {
  const address = ctx.req.socket.remoteAddress ?? '';
  if (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')) return next();
  ctx.status = 403;
  ctx.body = 'The id-verification-gate demo is served to this machine only: open it on localhost.';
  return undefined;
}

function redirectRootToDemo(ctx, next) {
  if (ctx.path === '/' || ctx.path === '/demo') {
    ctx.redirect(demoPath);
    return undefined;
  }
  return next();
}

function portFromEnv(name, fallback, { allowZero }) {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (allowZero ? 0 : 1) || value > 65535) {
    throw new Error(`${name} must be a port number (${allowZero ? 0 : 1}-65535), not "${raw}".`);
  }
  return value;
}
