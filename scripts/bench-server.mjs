// npm run bench:server [-- --short]: Persona requests as a site grows, in real
// time on loopback. The same simulated site runs against a naive handler (asks
// Persona on every request) and against the handlers' record on Redis shared by
// two instances; then page views on the memory store, for its latency.
// Persona's stand-in enforces its documented 300 requests a minute.
import { percentile, run, seed } from './bench-server/load.mjs';
import { startWorld } from './bench-server/world.mjs';

const short = process.argv.includes('--short');
const scale = short
  ? { people: 600, verifications: 12, durationMs: 60_000, verifyWithinMs: 25_000, outageMs: 10_000 }
  : { people: 3000, verifications: 60, durationMs: 160_000, verifyWithinMs: 120_000, outageMs: 20_000 };

async function phase(design) {
  const world = await startWorld(design);
  try {
    const people = Array.from({ length: scale.people }, (_, i) => `person-${i}`);
    process.stdout.write(`${design}: seeding… `);
    const truth = await seed(world, people);
    world.persona.requests.length = 0;
    world.statusHandlerMs.length = 0;
    Object.assign(world.persona.answers, { ok: 0, 429: 0, other: 0, down: 0 });
    process.stdout.write(`running ${scale.durationMs / 1000} s… `);
    const started = Date.now();
    const stats = await run(world, { ...scale, people, truth });
    const minutes = new Map();
    for (const at of world.persona.requests) minutes.set(Math.floor((at - started) / 60_000), (minutes.get(Math.floor((at - started) / 60_000)) ?? 0) + 1);
    console.log('done', JSON.stringify({ persona: world.persona.answers, total: world.persona.requests.length, perMinuteMax: Math.max(0, ...minutes.values()) }));
    return { design, stats, handlerMs: [...world.statusHandlerMs], persona: { ...world.persona.answers, total: world.persona.requests.length, perMinuteMax: Math.max(0, ...minutes.values()) } };
  } finally {
    await world.close();
  }
}

const results = [];

const ms = (value) => (Number.isNaN(value) ? '–' : `${Math.round(value * 10) / 10} ms`);
const s = (value) => (Number.isNaN(value) ? '–' : `${(value / 1000).toFixed(1)} s`);
const rows = [
  ['Persona requests (all)', (r) => r.persona.total],
  ['Persona requests in the busiest minute (limit 300)', (r) => r.persona.perMinuteMax],
  ['answered 429', (r) => r.persona[429]],
  ['Persona requests per verification, all told', (r) => (r.persona.total / scale.verifications).toFixed(1)],
  ['page views of settled people', (r) => r.stats.settledViews],
  ['… answered with an error, outside the outage', (r) => r.stats.errors],
  ['… answered with an error during the outage', (r) => `${r.stats.outageErrors} of ${r.stats.outageSettled}`],
  ['… told the wrong standing', (r) => r.stats.wrong],
  ['verifications that got a session', (r) => `${r.stats.sessions - r.stats.sessionsFailed} of ${scale.verifications}`],
  ['verdict seen by the gate after the webhook, p50 / p95', (r) => `${s(percentile(r.stats.verdictDelays, 50))} / ${s(percentile(r.stats.verdictDelays, 95))}`],
  ['status request p50 / p99 (loopback HTTP)', (r) => `${ms(percentile(r.stats.latencies, 50))} / ${ms(percentile(r.stats.latencies, 99))}`],
  ['status handler p50 / p99 (Request to Response)', (r) => `${ms(percentile(r.handlerMs, 50))} / ${ms(percentile(r.handlerMs, 99))}`],
];
const designs = process.argv.includes('--memory-only') ? ['memory'] : ['naive', 'redis', 'memory'];
for (const design of designs) {
  const result = await phase(design);
  results.push(result);
  // Each phase's column as soon as it ends, so a long run is never lost.
  for (const [label, value] of rows) console.log(`  ${design}: ${label}: ${value(result)}`);
}
console.log(`\n${scale.people} people, a page view each ~20 s, ${scale.verifications} verifications in ${scale.verifyWithinMs / 1000} s, Persona down for the last ${scale.outageMs / 1000} s of ${scale.durationMs / 1000} s\n`);
const titles = { naive: 'naive (asks Persona every time), 2 instances', redis: 'record on Redis, 2 instances', memory: 'record in memory, 1 instance' };
console.log(`| measure | ${designs.map((design) => titles[design]).join(' | ')} |`);
console.log(`|---|${designs.map(() => '---|').join('')}`);
for (const [label, value] of rows) console.log(`| ${label} | ${results.map(value).join(' | ')} |`);
