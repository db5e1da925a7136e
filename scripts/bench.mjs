// npm run bench [-- --latency 300 --runs 10 --seed 19 --read 1000 --cycles 200 --today path/to/older/dist]
//
// What a person gets from Start, against the plain `persona` pattern an integrator would otherwise
// copy, and what prewarming leaves behind. Serves the built package (dist/) and the local Persona
// sandbox, both answering every request after `latency` ms (default 300), drives Debian's
// Chromium, and prints one table. Times run from the person's intent: the pointer's arrival on
// Start (or focus by Tab, or a touch), then a dwell drawn from realistic values with a seeded
// generator (the same dwells on every run of the bench), then the click.
// Not a test: the numbers depend on the machine; run `npm run build` first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './demo-browser.mjs';
import { serveBench } from './bench-site.mjs';
import { EAGER_BUDGET } from './eager-budget.mjs';
import { importSource } from './import-source.mjs';

// The sandbox is TypeScript: built from the source, its page script beside it.
const { startPersonaSandbox } = await importSource('src/testing/index.ts');

const { values: args } = parseArgs({
  options: {
    latency: { type: 'string', default: '300' },
    runs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '19' },
    cycles: { type: 'string', default: '200' },
    read: { type: 'string', default: '1000' },
    today: { type: 'string' },
  },
});
const latency = Number(args.latency);
const runs = Number(args.runs);
const cycles = Number(args.cycles);
/** Milliseconds at least between Start on screen and the intent: a person reads the briefing first. */
const reading = Number(args.read);
/** How long a prepared flow waits for the click (src/lazy/flow/prewarmed-flow.ts). */
const intentLapseMs = 30_000;
/** How long each kind of intent rests on Start before the click: a pointer or a keyboard user reads, a finger taps. */
const dwells = { pointer: [200, 600], keyboard: [200, 600], touch: [50, 150] };

const sandbox = await startPersonaSandbox({ latency });
const site = await serveBench({ latency, today: args.today, sandbox });
const browser = await launchChromium();

try {
  const rows = [];
  // Runs take turns, run by run (plain, gate, older gate, plain, …): a shared machine's load falls on each alike.
  const builds = args.today ? [['', 'gate'], ['/today', 'gate before (--today)']] : [['', 'gate']];
  const gatePaths = (query) => builds.map(([root]) => `${root}/gate.html?${query}`);
  const [plain, ...pointer] = await series('plain persona, then pointer', ['/naive.html', ...gatePaths('prewarm=intent')], 'pointer');
  const reference = plain.median.ready;
  rows.push(['construct → flow ready', 'plain persona (SDK loaded, assets preloaded, new Client on click)', ...cells(plain, 'ready'), '', 'reference']);
  const byKind = { pointer, keyboard: await series('keyboard', gatePaths('prewarm=intent'), 'keyboard'), touch: await series('touch', gatePaths('prewarm=intent'), 'touch') };
  for (const kind of ['pointer', 'keyboard', 'touch']) {
    byKind[kind].forEach((result, i) => {
      const [, name] = builds[i];
      const near = result.median.ready <= reference + 50;
      rows.push([`${kind} on Start → flow ready`, `${name}, prewarm="intent"`, ...cells(result, 'ready'), vsPlain(result.median.ready, reference),
        i === 0 && kind === 'pointer' ? `≤ plain + 50 ms: ${near ? 'met' : 'NOT MET'}` : '']);
    });
    byKind[kind].forEach((result, i) => rows.push([`${kind} → Persona's page requested`, `${builds[i][1]}, prewarm="intent"`, ...cells(result, 'requested').slice(0, 2), '', '', '']));
    byKind[kind].forEach((result, i) =>
      rows.push([`${kind}: click → flow in progress`, `${builds[i][1]}, prewarm="intent"`, ...cells(result, 'shown'), vsPlain(result.median.shown, reference), '']));
  }
  const fixed = await series('500 ms dwell', gatePaths('prewarm=intent'), 'pointer', 500);
  fixed.forEach((result, i) => {
    const tenfold = result.times.filter((t) => reference / Math.max(t.shown, 1) >= 10).length;
    rows.push(['500 ms dwell: click → flow in progress', `${builds[i][1]}, prewarm="intent"`, ...cells(result, 'shown'), `≥ 10x in ${tenfold} of ${runs}`,
      i === 0 ? `≥ 10x faster in 9 of 10: ${tenfold >= Math.ceil(runs * 0.9) ? 'met' : 'NOT MET'}` : '']);
  });
  const tiers = await series('assets, none', ['/gate.html?prewarm=assets', '/gate.html?prewarm=none'], 'pointer', 500);
  tiers.forEach((tier, i) =>
    rows.push(['500 ms dwell: click → flow in progress', `gate, prewarm="${['assets', 'none'][i]}"`, ...cells(tier, 'shown'), vsPlain(tier.median.shown, reference), '']));
  const [paint] = await series('paint', ['/paint.html']);
  rows.push(['connect → briefing painted', 'gate, no status-url', ms(paint.median.paint), ms(paint.worst.paint), '', `${(paint.median.paint / latency).toFixed(1)} × latency`,
    `one round trip: ${paint.median.paint < 2 * latency ? 'met' : 'NOT MET'}`]);

  const eager = eagerBytes('dist');
  rows.push(['eager bytes', 'bundle, min+gzip', `${eager} B`, '', '', `${EAGER_BUDGET - eager} B under budget`, `within ${EAGER_BUDGET / 1024} KB`]);
  for (const prewarm of ['intent', 'assets', 'none']) {
    const bytes = await progress(approvedPersonaBytes(prewarm));
    rows.push([prewarm === 'intent' ? 'Persona + flow bytes, approved person' : '', `prewarm="${prewarm}"`, `${bytes} B`, '', '', '', bytes === 0 ? 'none: met' : 'NOT MET']);
  }
  const hovered = await progress(leftAfterHovers());
  rows.push([`left after ${cycles} hovers without a click`, 'iframes / Persona styles / message listeners', hovered.join(' / '), '', '', '', hovered.every((n) => n === 0) ? 'nothing: met' : 'NOT MET']);
  const removed = await progress(leftAfterRemovals());
  rows.push([`left after ${cycles} removals mid-prewarm`, 'iframes / Persona styles / message listeners', removed.join(' / '), '', '', '', removed.every((n) => n === 0) ? 'nothing: met' : 'NOT MET']);

  console.log(`\nnpm run bench: every request (package files, SDK chunk, Persona's page and script) answered after ${latency} ms; ${runs} runs each, a fresh browser context per run; seed ${args.seed}; at least ${reading} ms reading before the intent; ${site.requests()} requests to the site\n`);
  printTable(['measure', 'what', 'median', 'worst', 'ready at click', 'vs plain', 'target'], rows);
} finally {
  await browser.close();
  await site.close();
  await sandbox.close();
}

// ---- measurements --------------------------------------------------------------------------

/**
 * `runs` runs of each page, taking turns run by run; each run's dwell is drawn from the seeded
 * generator and the same for every page. Per page: medians, worst and each run's times.
 */
async function series(label, paths, kind, fixedDwell) {
  const random = seeded(`${args.seed} ${kind ?? ''}`);
  const times = paths.map(() => []);
  process.stderr.write(`${label}: `);
  for (let i = 0; i < runs; i += 1) {
    const [low, high] = dwells[kind ?? 'pointer'];
    const dwell = fixedDwell ?? Math.round(low + random() * (high - low));
    for (const [p, path] of paths.entries()) {
      times[p].push(await progress(path.includes('/paint.html') ? connectToBriefing(path) : intentToFlow(path, kind, dwell)));
    }
  }
  process.stderr.write('\n');
  return times.map(summary);
}

/** Medians, worst and the count of runs ready at the click. */
function summary(times) {
  const pick = (key, at) => [...times.map((t) => t[key])].sort((a, b) => a - b)[at(times.length)];
  const keys = Object.keys(times[0]).filter((key) => typeof times[0][key] === 'number');
  const median = Object.fromEntries(keys.map((key) => [key, pick(key, (n) => Math.floor(n / 2))]));
  const worst = Object.fromEntries(keys.map((key) => [key, pick(key, (n) => n - 1)]));
  return { times, median, worst, readyAtClick: times.filter((t) => t.readyAtClick).length };
}

/**
 * One person's start: the page loads, they read down to Start (at least `reading` ms, until what
 * the page warms when the gate is seen has loaded, its last step Persona's preload page, and the
 * network is quiet for 500 ms), their intent
 * arrives on Start (pointer, Tab or a finger), rests `dwell` ms, and they click (or press Enter,
 * or lift the finger). Returns intent → ready, click → shown, intent → the flow's page requested.
 */
async function intentToFlow(path, kind, dwell) {
  return withPage(path, async (page, downloads, preloaded) => {
    const start = await page.waitForFunction(() => window.startButton?.() ?? null, { polling: 50 });
    await start.evaluate((button) => button.scrollIntoView({ block: 'center' }));
    const warms = !/prewarm=none/.test(path);
    await Promise.all([warms && preloaded, new Promise((done) => setTimeout(done, reading))]);
    await page.waitForNetworkIdle({ idleTime: 500, timeout: 60_000 });
    const box = await start.boundingBox();
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    const rest = () => new Promise((done) => setTimeout(done, dwell));
    // When the browser asks for Persona's page (epoch milliseconds, comparable with the page's clock below).
    let requestedAt = NaN;
    page.on('request', (request) => {
      if (Number.isNaN(requestedAt) && request.url().startsWith(`${sandbox.origin}/widget`)) requestedAt = performance.timeOrigin + performance.now();
    });
    if (kind === 'keyboard') {
      for (let i = 0; i < 20 && !(await start.evaluate((button) => button.matches(':focus'))); i += 1) await page.keyboard.press('Tab');
      await rest();
      await page.keyboard.press('Enter');
    } else if (kind === 'touch') {
      await page.touchscreen.touchStart(x, y);
      await rest();
      await page.touchscreen.touchEnd();
    } else {
      await page.mouse.move(x, y);
      await rest();
      await page.mouse.click(x, y);
    }
    await page.waitForFunction(() => window.flowShownAt !== undefined && window.readyAt !== undefined, { polling: 'raf', timeout: 20_000 });
    const { from, ...times } = await page.evaluate((plain) => {
      const from = plain ? window.clickedAt : window.intentAt;
      return { from: performance.timeOrigin + from, ready: window.readyAt - from, shown: window.flowShownAt - window.clickedAt, readyAtClick: window.readyAt <= window.clickedAt };
    }, path === '/naive.html');
    return { ...times, requested: requestedAt - from };
  });
}

/** Milliseconds from the gate joining the page (the entry module already run) to its briefing's heading painted. */
async function connectToBriefing(path) {
  return withPage(path, async (page) => {
    await page.waitForFunction(() => window.paintedAt !== undefined, { polling: 50, timeout: 20_000 });
    return { paint: await page.evaluate(() => window.paintedAt - window.connectedAt) };
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

/** Opens `path` in a fresh browser context (an empty cache, as a first visit), with touch, and runs `measure`. */
async function withPage(path, measure) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport({ width: 1024, height: 768, hasTouch: true });
    const downloads = [];
    page.on('response', (response) => downloads.push({ url: response.url(), bytes: Number(response.headers()['content-length'] ?? 0) }));
    // Persona's preload page has loaded: the last step of what a page warms before Start.
    const preloaded = new Promise((done) => page.on('requestfinished', (request) => request.url().startsWith(`${sandbox.origin}/preload`) && done()));
    await page.goto(`${site.origin}${path}`);
    return await measure(page, downloads, preloaded);
  } finally {
    await context.close();
  }
}

/** mulberry32, seeded from a string: the same dwells on every run of the bench. */
function seeded(text) {
  let state = [...text].reduce((hash, char) => Math.imul(hash ^ char.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shows each run on stderr as it comes: a long bench says where it is. */
async function progress(result) {
  const value = await result;
  const shown = Array.isArray(value) ? value.join('/') : typeof value === 'object' ? Object.values(value).map((v) => (typeof v === 'number' ? Math.round(v) : v ? 'r' : '-')).join('/') : value;
  process.stderr.write(`${shown} `);
  return value;
}

/** Median, worst and ready-at-click cells for `key` of a series. */
function cells(result, key) {
  return [ms(result.median[key]), ms(result.worst[key]), `${result.readyAtClick} of ${result.times.length}`];
}

function ms(time) {
  return `${Math.round(time)} ms`;
}

function vsPlain(time, reference) {
  return reference >= time ? `${(reference / Math.max(time, 1)).toFixed(1)}x faster` : `${(time / reference).toFixed(1)}x slower`;
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
