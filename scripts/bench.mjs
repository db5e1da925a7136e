// npm run bench [-- --latency 300 --runs 5 --today path/to/older/dist]
//
// How fast Start opens Persona's flow, against the plain `persona` pattern an
// integrator would otherwise copy, and what prewarming leaves behind. Serves the
// built package (dist/) and the local Persona sandbox, both answering with
// `latency` ms (default 300), drives Debian's Chromium, and prints one table.
// Every ratio is against the plain pattern measured in the same run.
// Not a test: the numbers depend on the machine; run `npm run build` first.
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './demo-browser.mjs';
import { importSource } from './import-source.mjs';

// The sandbox is TypeScript: built from the source, its page script beside it.
const { startPersonaSandbox } = await importSource('src/testing/index.ts');

const { values: args } = parseArgs({
  options: {
    latency: { type: 'string', default: '300' },
    runs: { type: 'string', default: '5' },
    cycles: { type: 'string', default: '200' },
    today: { type: 'string' },
  },
});
const latency = Number(args.latency);
const runs = Number(args.runs);
const cycles = Number(args.cycles);
/** How long a prepared flow waits for the click (src/lazy/flow/prewarmed-flow.ts). */
const intentLapseMs = 30_000;

const sandbox = await startPersonaSandbox({ latency });
const site = await serveBench({ latency, today: args.today });
const browser = await launchChromium();

try {
  const rows = [];
  const naive = await median(() => clickToFlow('naive'));
  rows.push(['click → flow in progress', 'plain persona (SDK loaded, new Client on click)', ms(naive), '1.0x', 'reference']);
  const today = args.today ? await median(() => clickToFlow('gate', { root: '/today' })) : undefined;
  if (today) rows.push(['', 'gate before prewarm (--today)', ms(today), ratio(today, naive), '']);
  // "No slower" allows 10 % for the noise of a shared machine.
  const targets = {
    none: ['no slower than before', (t) => (today ? t <= today * 1.1 : undefined)],
    assets: ['no slower than plain', (t) => t <= naive * 1.1],
    intent: ['≥ 10x faster than plain', (t) => naive / t >= 10],
  };
  for (const prewarm of ['none', 'assets', 'intent']) {
    const time = await median(() => clickToFlow('gate', { prewarm }));
    const [target, met] = targets[prewarm];
    const verdict = { true: 'met', false: 'NOT MET', undefined: 'needs --today' }[met(time)];
    rows.push(['', `gate, prewarm="${prewarm}"`, ms(time), ratio(time, naive), `${target}: ${verdict}`]);
  }
  const paint = await median(() => connectToBriefing(''));
  // One round trip of latency, plus the time to parse and render: under two round trips.
  const oneTrip = paint < 2 * latency ? 'met' : 'NOT MET';
  rows.push(['connect → briefing painted', 'gate, no status-url', ms(paint), `${(paint / latency).toFixed(1)} × latency`, `one round trip: ${oneTrip}`]);
  if (args.today) {
    const before = await median(() => connectToBriefing('/today'));
    rows.push(['', 'gate before prewarm (--today)', ms(before), `${(before / latency).toFixed(1)} × latency`, '']);
  }
  const eager = eagerBytes('dist');
  rows.push(['eager bytes', 'bundle, min+gzip', `${eager} B`, `${12 * 1024 - eager} B under budget`, 'within 12 KB']);
  for (const prewarm of ['intent', 'assets', 'none']) {
    const bytes = await progress(approvedPersonaBytes(prewarm));
    rows.push([prewarm === 'intent' ? 'Persona + flow bytes, approved person' : '', `prewarm="${prewarm}"`, `${bytes} B`, '', bytes === 0 ? 'none: met' : 'NOT MET']);
  }
  const hovered = await progress(leftAfterHovers());
  rows.push([`left after ${cycles} hovers without a click`, 'iframes / Persona styles / message listeners', hovered.join(' / '), '', hovered.every((n) => n === 0) ? 'nothing: met' : 'NOT MET']);
  const removed = await progress(leftAfterRemovals());
  rows.push([`left after ${cycles} removals mid-prewarm`, 'iframes / Persona styles / message listeners', removed.join(' / '), '', removed.every((n) => n === 0) ? 'nothing: met' : 'NOT MET']);

  console.log(`\nnpm run bench: Persona sandbox and package files answer after ${latency} ms; median of ${runs} runs each (a fresh browser context per run)\n`);
  printTable(['measure', 'what', 'result', 'vs plain', 'target'], rows.map((row) => row.map((cell) => (typeof cell === 'object' ? cell.text : cell))));
} finally {
  await browser.close();
  await site.close();
  await sandbox.close();
}

// ---- measurements --------------------------------------------------------------------------

/** Milliseconds from the click on Start to the flow in progress (the gate's state, or the plain client's onReady + open). */
async function clickToFlow(kind, { prewarm = 'intent', root = '' } = {}) {
  return withPage(`${root}/${kind}.html?prewarm=${prewarm}`, async (page) => {
    const start = await page.waitForFunction(
      () => (window.startButton?.() ?? null),
      { polling: 50 },
    );
    // A person reads the briefing down to Start: whatever the page warms when the gate is seen has time to load.
    await start.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
    const box = await start.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await new Promise((done) => setTimeout(done, 500)); // the pointer rests on Start
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.flowShownAt !== undefined, { polling: 'raf', timeout: 20_000 });
    return page.evaluate(() => window.flowShownAt - window.clickedAt);
  });
}

/** Milliseconds from the gate joining the page (the entry module already run) to its briefing's heading painted. */
async function connectToBriefing(root) {
  return withPage(`${root}/paint.html`, async (page) => {
    await page.waitForFunction(() => window.paintedAt !== undefined, { polling: 50, timeout: 20_000 });
    return page.evaluate(() => window.paintedAt - window.connectedAt);
  });
}

/** Bytes of Persona (sandbox, SDK) and of the gate's flow code an approved person's browser downloads. */
async function approvedPersonaBytes(prewarm) {
  return withPage(`/approved.html?prewarm=${prewarm}`, async (page, downloads) => {
    await page.waitForFunction(() => document.querySelector('id-verification-gate')?.state === 'verified', { polling: 50 });
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: 60_000 });
    return downloads
      .filter(({ url }) => url.startsWith(sandbox.origin) || /\/bundle-chunks\/(persona|flow-session)-/.test(url))
      .reduce((sum, { bytes }) => sum + bytes, 0);
  });
}

/** Frames, Persona style elements and window message listeners left after many hovers on Start with no click, once the intent lapsed. */
async function leftAfterHovers() {
  return withPage('/gate.html?prewarm=intent', async (page) => {
    const start = await page.waitForFunction(() => window.startButton?.() ?? null, { polling: 50 });
    await start.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    const box = await start.boundingBox();
    for (let i = 0; i < cycles; i += 1) {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2, box.y - 40);
    }
    await new Promise((done) => setTimeout(done, intentLapseMs + latency * 4));
    return page.evaluate(() => window.leftovers());
  });
}

/** The same after many gates removed while their flow was being prepared. */
async function leftAfterRemovals() {
  return withPage('/gate.html?prewarm=intent', async (page) => {
    await page.waitForFunction(() => window.startButton?.() ?? null, { polling: 50 });
    await page.evaluate(async (count, latency) => {
      document.querySelector('id-verification-gate').remove();
      for (let i = 0; i < count; i += 1) {
        const gate = window.makeGate('intent');
        document.body.append(gate);
        await gate.updateComplete;
        window.startButton().dispatchEvent(new PointerEvent('pointerenter'));
        // Mid-prewarm: anywhere from before the flow opens until its page has loaded.
        await new Promise((done) => setTimeout(done, (i % 10) * latency * 0.3));
        gate.remove();
      }
    }, cycles, latency);
    await page.waitForNetworkIdle({ idleTime: 1000, timeout: 60_000 });
    return page.evaluate(() => window.leftovers());
  });
}

// ---- harness -------------------------------------------------------------------------------

/** Opens `path` in a fresh browser context (an empty cache, as a first visit) and runs `measure`. */
async function withPage(path, measure) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const downloads = [];
    page.on('response', async (response) => {
      const bytes = Number(response.headers()['content-length'] ?? 0);
      downloads.push({ url: response.url(), bytes });
    });
    await page.goto(`${site.origin}${path}`);
    return await measure(page, downloads);
  } finally {
    await context.close();
  }
}

async function median(measure) {
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(await progress(measure()));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Shows each result on stderr as it comes: a long run says where it is. */
async function progress(result) {
  const value = await result;
  process.stderr.write(`${Array.isArray(value) ? value.join('/') : Math.round(value)} `);
  return value;
}

function ms(time) {
  return { time, text: `${Math.round(time)} ms` };
}

function ratio(time, naive) {
  return naive >= time ? `${(naive / time).toFixed(1)}x faster` : `${(time / naive).toFixed(1)}x slower`;
}

function eagerBytes(dist) {
  return gzipSync(readFileSync(join(dist, 'id-verification-gate.bundle.js')), { level: 9 }).length;
}

function printTable(header, rows) {
  const widths = header.map((_, i) => Math.max(header[i].length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log();
}

// ---- the site: the built package, the pages, a status endpoint, all answering after `latency` ms ----

function serveBench({ latency, today }) {
  const roots = { '/dist/': resolve('dist'), '/today/dist/': today && resolve(today) };
  const personaSdk = resolve('node_modules/persona/dist/persona.mjs');
  const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8' };
  const server = createServer(async (req, res) => {
    await new Promise((done) => setTimeout(done, latency));
    const url = new URL(req.url, 'http://localhost');
    let path = url.pathname;
    const send = (status, type, body) => {
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
      res.end(body);
    };
    if (path === '/api/idv/status') return send(200, 'application/json', JSON.stringify({ status: 'approved' }));
    if (path === '/persona.mjs') return send(200, types['.mjs'], readFileSync(personaSdk));
    const root = path.startsWith('/today/') ? '/today' : '';
    const page = pages(root === '/today' ? '/today/dist/' : '/dist/')[path.slice(root.length)];
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
        close: () => new Promise((closed) => (server.closeAllConnections(), server.close(closed))),
      }),
    ),
  );
}

/** The bench's pages; `dist` is where the package is served from. */
function pages(dist) {
  const host = sandbox.host;
  // Counts window message listeners, and the frames and Persona styles anywhere in the page, gates' shadow roots included.
  const probes = `
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
    window.clickedAt = undefined;
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
  const html = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;
  return {
    '/gate.html': html(`<script>${probes}${gate}</script>
      <script type="module">
        import '${dist}id-verification-gate.bundle.js';
        document.body.append(makeGate(new URLSearchParams(location.search).get('prewarm')));
      </script>`),
    '/approved.html': html(`<script>${probes}${gate}</script>
      <script type="module">
        import '${dist}id-verification-gate.bundle.js';
        document.body.append(makeGate(new URLSearchParams(location.search).get('prewarm'), { 'status-url': '/api/idv/status' }));
      </script>`),
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
    // The plain pattern: the SDK is already loaded; the click creates the client and opens it when ready.
    '/naive.html': html(`<script>${probes} window.process = { env: { NODE_ENV: 'production' } };</script>
      <button id="start" type="button">Start verification</button>
      <script type="module">
        import { Client } from '/persona.mjs';
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
