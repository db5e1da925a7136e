// Persona sandbox: a local stand-in for Persona's inquiry host.
//
// Serves a /widget page that speaks the persona SDK's postMessage protocol so
// the real SDK (`Client`, `setupIframe` + `setupEvents`) runs offline against
// `customHost: 'localhost:PORT'`. Zero dependencies: node:http only. Shipped in
// `id-verification-gate/testing` (plain JS, so Node runs it as it is).
//
//   import { startPersonaSandbox } from 'id-verification-gate/testing';
//   const sandbox = await startPersonaSandbox();   // random free port
//   sandbox.host    // 'localhost:PORT' -> pass as the SDK's customHost
//   sandbox.origin  // 'http://localhost:PORT'
//   await sandbox.close();
//
// With `{ personaApi }` (the Persona API stand-in), what the person does in the
// flow reaches the API as it does at Persona: the inquiry starts, is submitted,
// is decided, and webhooks go out, before the page tells the SDK.
//
// Run directly: node src/testing/persona-sandbox/server.js [port]   (default 8123)

import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT_URL = new URL('./sandbox.js', import.meta.url);

const COMMON_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// Nothing may be fetched from anywhere: only our own script and inline styles.
// No frame-ancestors: the page must be embeddable by any test or demo page.
const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // The page reports the person's choices to its own server (the API stand-in, when attached).
  "connect-src 'self'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const WIDGET_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Persona sandbox</title>
<link rel="icon" href="data:,">
<style>
  :root {
    color-scheme: light;
    --ink: #1b1f2a;
    --muted: #4a5163;
    --line: #d5d9e2;
    --accent: #2b44c8;
    --ok: #146c2e;
    --bad: #a3231f;
    --bg: #ffffff;
    --panel: #f4f6fa;
    font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
    font-size: 15px;
    line-height: 1.35;
    color: var(--ink);
    background: var(--bg);
  }
  * { box-sizing: border-box; }
  body { margin: 0; }
  .sandbox { max-width: 34rem; margin: 0 auto; padding: 14px 16px 16px; }
  .badge {
    display: inline-block; margin: 0 0 6px; padding: 2px 8px; border-radius: 999px;
    background: #fff4d6; color: #6b4a00; font-size: 12px; font-weight: 600;
    letter-spacing: .02em; text-transform: uppercase;
  }
  h1 { margin: 0 0 2px; font-size: 21px; line-height: 1.2; }
  h2 { margin: 0 0 8px; font-size: 15px; }
  .lede { margin: 0 0 10px; color: var(--muted); font-size: 14px; }
  .details {
    display: grid; grid-template-columns: auto 1fr; gap: 1px 12px; margin: 0 0 10px;
    padding: 6px 10px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px;
    font-size: 13px;
  }
  .details dt { color: var(--muted); }
  .details [hidden] { display: none; }
  .details dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
  .status {
    margin: 0 0 10px; padding: 6px 10px; border-left: 4px solid var(--accent);
    background: #eef1fd; border-radius: 4px; font-size: 14px;
  }
  .status[data-tone="ok"] { border-color: var(--ok); background: #e8f5ec; }
  .status[data-tone="bad"] { border-color: var(--bad); background: #fbeaea; }
  .status[data-tone="muted"] { border-color: var(--line); background: var(--panel); }
  .controls { border: 0; margin: 0; padding: 0; }
  .row { display: flex; flex-wrap: wrap; gap: 8px; margin: 0 0 10px; }
  .row > button { flex: 1 1 9rem; }
  .more { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 6px 8px; align-items: end; margin: 0 0 10px; }
  .more label { grid-column: 1 / -1; font-weight: 600; font-size: 13px; }
  button, select {
    font: inherit; min-height: 40px; padding: 6px 12px; border-radius: 8px;
    border: 1px solid #8b92a5; background: #fff; color: var(--ink);
  }
  button { cursor: pointer; font-weight: 600; }
  #send-error { white-space: nowrap; }
  button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
  button.danger { color: var(--bad); border-color: var(--bad); }
  button:disabled, select:disabled { cursor: not-allowed; opacity: .45; }
  button:focus-visible, select:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
  .camera { width: 100%; }
  .footnote { margin: 8px 0 0; font-size: 12px; color: var(--muted); }
</style>
<script src="/sandbox.js?v=SCRIPT_VERSION" defer></script>
</head>
<body>
<main class="sandbox" aria-labelledby="sandbox-title">
  <p class="badge">Local simulator</p>
  <h1 id="sandbox-title">Persona sandbox</h1>
  <p class="lede">This is a local simulator of Persona's verification flow. No real ID needed, and nothing leaves this machine.</p>

  <dl class="details" aria-label="Inquiry details">
    <dt>Template</dt><dd id="detail-template">none</dd>
    <dt>Inquiry</dt><dd id="detail-inquiry">not started</dd>
    <dt>Resuming</dt><dd id="detail-resuming">no</dd>
    <dt>Language</dt><dd id="detail-language">default</dd>
    <dt>Mode</dt><dd id="detail-mode">embedded</dd>
    <dt id="label-reference" hidden>Reference</dt><dd id="detail-reference" hidden></dd>
    <dt id="label-environment" hidden>Environment</dt><dd id="detail-environment" hidden></dd>
  </dl>

  <p id="status" class="status" role="status" aria-live="polite">Loading the sandbox…</p>

  <section class="controls" aria-labelledby="controls-title">
    <h2 id="controls-title">Choose what happens</h2>
    <div class="row">
      <button type="button" class="primary" data-outcome="complete" disabled>Approve (complete)</button>
      <button type="button" class="danger" data-outcome="fail" disabled>Decline (fail)</button>
      <button type="button" data-outcome="exit" disabled>Leave the flow (exit)</button>
    </div>
    <div class="more">
      <label for="error-code">Simulate an error</label>
      <select id="error-code" disabled>
        <option value="application_error">application_error (status 0)</option>
        <option value="invalid_config">invalid_config (400)</option>
        <option value="unauthenticated">unauthenticated (409)</option>
        <option value="inactive_template">inactive_template (422)</option>
        <option value="unknown" selected>unknown (500)</option>
      </select>
      <button type="button" id="send-error" disabled>Send error</button>
    </div>
    <button type="button" class="camera" data-outcome="load-camera-failed" disabled>Camera fails</button>
  </section>
  <noscript><p class="footnote">The sandbox needs JavaScript.</p></noscript>
</main>
</body>
</html>
`;

/**
 * The page, told to report outcomes to this server first when the inquiry it
 * loads is one the API stand-in holds (a flow for any other inquiry waits for nothing).
 */
function widgetHtml(personaApi, inquiryId) {
  if (!personaApi || !inquiryId || !personaApi.inquiries().some((inquiry) => inquiry.id === inquiryId)) return WIDGET_HTML;
  return WIDGET_HTML.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta name="sandbox-reports-outcomes" content="1">');
}

// Like Persona's own /preload page: it loads the flow's static assets (here its one script) into the browser's cache.
const PRELOAD_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Persona sandbox preload</title>' +
  '<script src="/sandbox.js?v=SCRIPT_VERSION" defer></script></head><body></body></html>\n';

/** The script's URL carries a hash of its content, as Persona's static assets do: cacheable for good, new after an edit. */
async function scriptVersion() {
  return createHash('sha256').update(await readFile(SCRIPT_URL)).digest('hex').slice(0, 12);
}

function send(req, res, status, headers, body) {
  res.writeHead(status, { ...COMMON_HEADERS, ...headers, 'Content-Length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Reads a small JSON body; anything else is `undefined`. */
async function readJson(req) {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 4096) return undefined;
  }
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * `POST /outcome` `{ inquiryId, outcome }` from the page: passed to the API
 * stand-in (`start`, or `submit` for complete / fail), so the inquiry is decided
 * before the page tells the SDK. Unknown inquiries (created client-side) are ignored.
 */
async function reportOutcome(req, res, personaApi) {
  const body = await readJson(req);
  const inquiryId = typeof body?.inquiryId === 'string' ? body.inquiryId : '';
  const known = personaApi?.inquiries().some((inquiry) => inquiry.id === inquiryId);
  let status = 204;
  try {
    if (known && body.outcome === 'start') await personaApi.start(inquiryId);
    if (known && (body.outcome === 'complete' || body.outcome === 'fail')) await personaApi.submit(inquiryId, body.outcome);
  } catch {
    // Already decided (someone finished an inquiry that is not open): Persona refuses, and so do we.
    status = 409;
  }
  res.writeHead(status, COMMON_HEADERS);
  res.end();
}

async function handle(req, res, personaApi) {
  let pathname;
  let inquiryId;
  try {
    const url = new URL(req.url ?? '/', 'http://localhost');
    pathname = url.pathname;
    inquiryId = url.searchParams.get('inquiry-id');
  } catch {
    pathname = '';
  }
  if (pathname === '/outcome' && req.method === 'POST') {
    await reportOutcome(req, res, personaApi);
    return;
  }
  const routes = new Set(['/widget', '/sandbox.js', '/preload']);
  if (!routes.has(pathname)) {
    send(req, res, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not found\n');
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(req, res, 405, { 'Content-Type': 'text/plain; charset=utf-8', Allow: 'GET, HEAD' }, 'Method not allowed\n');
    return;
  }
  switch (pathname) {
    case '/widget':
      send(req, res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP }, widgetHtml(personaApi, inquiryId).replace('SCRIPT_VERSION', await scriptVersion()));
      return;
    case '/preload':
      send(req, res, 200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "default-src 'none'; script-src 'self'" }, PRELOAD_HTML.replace('SCRIPT_VERSION', await scriptVersion()));
      return;
    case '/sandbox.js': {
      // Read on every request so edits show up without a restart (under a new versioned URL).
      const script = await readFile(SCRIPT_URL, 'utf8');
      send(req, res, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'public, max-age=31536000, immutable' }, script);
      return;
    }
  }
}

function makeServer(latency, personaApi) {
  const server = createServer(async (req, res) => {
    // A network's round trip, when asked for (the benchmark): every answer waits this long.
    if (latency > 0) await new Promise((resolve) => setTimeout(resolve, latency));
    handle(req, res, personaApi).catch((error) => {
      if (!res.headersSent) send(req, res, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Sandbox error\n');
      else res.destroy();
      console.error('[persona-sandbox]', error);
    });
  });
  // Let close() finish promptly even if a browser keeps a connection alive.
  server.keepAliveTimeout = 1000;
  return server;
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address());
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections?.();
  });
}

/**
 * Starts the Persona sandbox on `localhost`.
 * @param {{ port?: number, latency?: number, personaApi?: import('./server.js').SandboxPersonaApi }} [options]
 *   port 0 (default) picks a free port; `latency` (ms, default 0) delays every answer, as a
 *   distant host would; personaApi: the API stand-in the flow reports to.
 * @returns {Promise<{ host: string, origin: string, close(): Promise<void> }>}
 */
export async function startPersonaSandbox({ port = 0, latency = 0, personaApi } = {}) {
  const primary = makeServer(latency, personaApi);
  const address = await listen(primary, port, 'localhost');
  const actualPort = address.port;
  const servers = [primary];

  // `localhost` may resolve to 127.0.0.1 or ::1 depending on the machine and
  // the client. Also bind the other loopback address on the same port when
  // possible, so every client reaches the sandbox; failure here is harmless.
  const other = address.family === 'IPv6' || address.family === 6 ? '127.0.0.1' : '::1';
  const secondary = makeServer(latency, personaApi);
  try {
    await listen(secondary, actualPort, other);
    servers.push(secondary);
  } catch {
    // The other family is unavailable or the port is taken there: ignore.
  }

  let closing;
  return {
    host: `localhost:${actualPort}`,
    origin: `http://localhost:${actualPort}`,
    close() {
      closing ??= Promise.all(servers.map(closeServer)).then(() => undefined);
      return closing;
    },
  };
}

function isDirectRun() {
  if (!process.argv[1]) return false;
  try {
    return pathToFileURL(realpathSync(process.argv[1])).href === pathToFileURL(realpathSync(fileURLToPath(import.meta.url))).href;
  } catch {
    return import.meta.url === pathToFileURL(process.argv[1]).href;
  }
}

if (isDirectRun()) {
  const arg = process.argv[2];
  const port = arg === undefined ? 8123 : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port: ${arg}`);
    process.exit(1);
  }
  const sandbox = await startPersonaSandbox({ port });
  console.log(`Persona sandbox on ${sandbox.origin}`);
  const stop = () => {
    sandbox.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
