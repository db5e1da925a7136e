// The bench's site (scripts/bench.mjs): the built package, the bench pages, the Persona SDK for the
// plain pattern and a status endpoint, every answer sent after `latency` ms, as from a distant host.
// The Persona sandbox (Persona's page and its script) has the same latency, set where it starts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

/**
 * Serves `dist/` at `/dist/` (and an older build at `/today/dist/`) and the pages, on a free port.
 * `requests` counts what was asked, each after the same delay: no request skips the latency.
 */
export function serveBench({ latency, today, sandbox }) {
  const roots = { '/dist/': resolve('dist'), '/today/dist/': today && resolve(today) };
  const personaSdk = resolve('node_modules/persona/dist/persona.mjs');
  const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8' };
  let requests = 0;
  const server = createServer(async (req, res) => {
    requests += 1;
    await new Promise((done) => setTimeout(done, latency));
    const path = new URL(req.url, 'http://localhost').pathname;
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === '/api/idv/status') return send(200, 'application/json', JSON.stringify({ status: 'approved' }));
    if (path === '/persona.mjs') return send(200, types['.mjs'], readFileSync(personaSdk));
    const root = path.startsWith('/today/') ? '/today' : '';
    const page = pages(sandbox.host, `${root}/dist/`)[path.slice(root.length)];
    if (page) return send(200, types['.html'], page);
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!dir || !path.startsWith(prefix)) continue;
      const file = resolve(dir, path.slice(prefix.length));
      if (!file.startsWith(dir + sep)) break;
      try {
        return send(200, types[extname(file)] ?? 'application/octet-stream', readFileSync(file));
      } catch {
        break;
      }
    }
    send(404, 'text/plain', 'not found');
  });
  return new Promise((done) =>
    server.listen(0, 'localhost', () =>
      done({
        origin: `http://localhost:${server.address().port}`,
        requests: () => requests,
        close: () => new Promise((closed) => (server.closeAllConnections(), server.close(closed))),
      }),
    ),
  );
}

/** The bench's pages, for the package served from `dist`, against the sandbox on `host`. */
function pages(host, dist) {
  // Times the page sees, each an event's timeStamp or performance.now() (one clock):
  //   intentAt   the pointer, focus or touch arrives on Start;  clickedAt  the click;
  //   readyAt    Persona's `ready` from a flow frame;            flowShownAt  the flow is shown.
  // Also counts window message listeners, and the frames and Persona styles anywhere in the
  // page, gates' shadow roots included (what a prepared flow could leave behind).
  const probes = `
    window.addEventListener('message', (event) => {
      if (event.origin === ${JSON.stringify(`http://${host}`)} && event.data?.name === 'ready' && event.data.containerId) window.readyAt ??= event.timeStamp;
    });
    const live = new Set();
    const { addEventListener: add, removeEventListener: remove } = window;
    window.addEventListener = function (type, listener, options) { if (type === 'message') live.add(listener); return add.call(this, type, listener, options); };
    window.removeEventListener = function (type, listener, options) { if (type === 'message') live.delete(listener); return remove.call(this, type, listener, options); };
    window.leftovers = () => {
      const roots = [document, ...[...document.querySelectorAll('id-verification-gate')].map((gate) => gate.shadowRoot)];
      const frames = roots.reduce((n, root) => n + root.querySelectorAll('iframe').length, 0);
      const styles = document.querySelectorAll('#persona-widget-styles, #persona-global-styles, style[id^="persona"]').length;
      return [frames, styles, live.size];
    };
    const onStart = (event) => window.startButton && event.composedPath().includes(window.startButton());
    for (const type of ['pointerover', 'focusin', 'touchstart']) {
      document.addEventListener(type, (event) => { if (onStart(event)) window.intentAt ??= event.timeStamp; }, { capture: true, passive: true });
    }
    document.addEventListener('click', (event) => (window.clickedAt ??= event.timeStamp), { capture: true });`;
  const gate = `
    window.makeGate = (prewarm, extra = {}) => {
      const gate = document.createElement('id-verification-gate');
      const attributes = { 'template-id': 'itmpl_bench', 'environment-id': 'env_bench', 'persona-host': ${JSON.stringify(host)}, prewarm, ...extra };
      for (const [name, value] of Object.entries(attributes)) gate.setAttribute(name, value);
      gate.innerHTML = '<p slot="reason">The bench needs a verified identity.</p><p>Gated</p>';
      gate.addEventListener('idv-state-change', (event) => {
        if (event.detail.state === 'in-progress') window.flowShownAt ??= performance.now();
      });
      return gate;
    };
    window.startButton = () => {
      const gate = document.querySelector('id-verification-gate');
      return gate?.state === 'locked' ? gate.shadowRoot.querySelector('[part~="button-primary"]') : null;
    };`;
  const html = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
  const gatePage = (extra) =>
    html(`<script>${probes}${gate}</script>
      <script type="module">
        import '${dist}id-verification-gate.bundle.js';
        document.body.append(makeGate(new URLSearchParams(location.search).get('prewarm'), ${extra}));
      </script>`);
  return {
    '/gate.html': gatePage('{}'),
    '/approved.html': gatePage(`{ 'status-url': '/api/idv/status' }`),
    '/paint.html': html(`<script>${probes}${gate}</script>
      <script type="module">
        import '${dist}id-verification-gate.bundle.js';
        const gate = makeGate('intent');
        window.connectedAt = performance.now();
        document.body.append(gate);
        (function check() {
          if (gate.shadowRoot?.querySelector('[part~="heading"]')) requestAnimationFrame(() => (window.paintedAt = performance.now()));
          else requestAnimationFrame(check);
        })();
      </script>`),
    // The plain pattern, as Persona advises it: the SDK loaded and Persona's assets preloaded with the
    // page; the click constructs the client, which opens the flow when it is ready.
    '/naive.html': html(`<script>${probes} window.process = { env: { NODE_ENV: 'production' } };</script>
      <button id="start" type="button">Start verification</button>
      <script type="module">
        import { Client } from '/persona.mjs';
        Client.preload(${JSON.stringify(host)});
        window.startButton = () => document.getElementById('start');
        document.getElementById('start').addEventListener('click', () => {
          const client = new Client({
            templateId: 'itmpl_bench',
            environmentId: 'env_bench',
            customHost: ${JSON.stringify(host)},
            onReady: () => {
              client.open();
              window.flowShownAt ??= performance.now();
            },
          });
        });
      </script>`),
  };
}
