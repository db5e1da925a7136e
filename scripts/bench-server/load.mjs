// The simulated site: people loading a gated page every ~20 s, some verifying
// (session, the flow, Persona's decision by signed webhook, the gate polling),
// then Persona down. Every answer is checked against what Persona decided.
import { performance } from 'node:perf_hooks';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const jitter = (ms) => ms * (0.5 + Math.random());

/** Percentile of a list of numbers (ms). */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function call(instance, person, path, method = 'GET') {
  const started = performance.now();
  try {
    const response = await fetch(`${instance.url}/api/idv/${path}`, { method, headers: { 'x-person': person } });
    const body = await response.json().catch(() => undefined);
    return { status: response.status, body, ms: performance.now() - started };
  } catch {
    return { status: 0, body: undefined, ms: performance.now() - started };
  }
}

/** Settled people before the run: approved, declined once, blocked; the rest never started. */
export async function seed(world, people) {
  const truth = new Map(people.map((person) => [person, 'unverified']));
  const kinds = [
    ['approved', 0.1, { status: 'approved' }, 'complete'],
    ['declined', 0.02, { status: 'declined', reason: 'glare' }, 'fail'],
    ['blocked', 0.01, { status: 'declined', reason: 'underage' }, 'fail'],
  ];
  // A fresh Persona window and client every `chunk` people, well inside 300 requests.
  const seeding = (chunk) => {
    let seeder;
    let done = 0;
    return () => (done++ % chunk === 0 ? (world.nextWindow(), (seeder = world.seeder())) : seeder);
  };
  const as = (person, method = 'GET') => new Request(`http://seed.local/api/idv/${method === 'POST' ? 'session' : 'status'}`, { method, headers: { 'x-person': person } });
  const sessionSeeder = seeding(60);
  let next = 0;
  for (const [status, share, decision, outcome] of kinds) {
    for (const person of people.slice(next, (next += Math.round(share * people.length)))) {
      world.api.script(person, decision);
      const session = await sessionSeeder().session(as(person, 'POST'));
      if (session.status !== 200) throw new Error(`seeding: session answered ${session.status} (BENCH_DEBUG=1 prints why)`);
      await world.api.submit((await session.json()).inquiryId, outcome);
      truth.set(person, status);
    }
  }
  await world.api.settled();
  // A long-running memory store has met everyone: one list each, before the measured minutes.
  if (world.design === 'memory') {
    const viewSeeder = seeding(200);
    for (const person of people.filter((one) => truth.get(one) === 'unverified')) await viewSeeder().standing(person);
  }
  world.nextWindow();
  return truth;
}

/**
 * Runs the load for `durationMs`: page views of everyone, `verifications` spread
 * over `verifyWithinMs`, Persona down for the last `outageMs`.
 */
export async function run(world, { people, truth, verifications, durationMs, verifyWithinMs, outageMs }) {
  const t0 = Date.now();
  const end = t0 + durationMs;
  const outageAt = end - outageMs;
  const stats = { views: 0, settledViews: 0, errors: 0, wrong: 0, outageSettled: 0, outageErrors: 0, latencies: [], verdictDelays: [], sessions: 0, sessionsFailed: 0 };
  const verifying = new Set();
  const instanceFor = () => world.instances[Math.floor(Math.random() * world.instances.length)];

  setTimeout(() => world.setDown(true), outageAt - Date.now());

  async function viewer(person) {
    await sleep(Math.random() * 20_000);
    while (Date.now() < end) {
      const answer = await call(instanceFor(), person, 'status?scope=default');
      const expected = truth.get(person);
      const during = Date.now() >= outageAt;
      stats.views++;
      if (!verifying.has(person)) {
        stats.settledViews++;
        if (during) stats.outageSettled++;
        stats.latencies.push(answer.ms);
        if (answer.status !== 200) (during ? stats.outageErrors++ : stats.errors++);
        else if (answer.body?.status !== expected) stats.wrong++;
      }
      await sleep(Math.min(jitter(20_000), Math.max(0, end - Date.now())));
    }
  }

  async function verifier(person, at) {
    await sleep(at);
    verifying.add(person);
    const session = await call(instanceFor(), person, 'session', 'POST');
    stats.sessions++;
    if (session.status !== 200) return void stats.sessionsFailed++;
    const { inquiryId } = session.body;
    await sleep(jitter(4_000));
    await world.api.start(inquiryId);
    await sleep(jitter(8_000));
    const approve = Math.random() < 0.85;
    world.api.script(person, approve ? { status: 'approved' } : { status: 'declined', reason: 'glare' });
    await world.api.submit(inquiryId, approve ? 'complete' : 'fail');
    const decidedAt = Date.now();
    truth.set(person, approve ? 'approved' : 'declined');
    // The gate polls after the flow, as it does: at retryAfterMs, at least 1 s apart.
    while (Date.now() < outageAt) {
      const answer = await call(instanceFor(), person, `status?scope=default&inquiry-id=${inquiryId}`);
      if (answer.status === 200 && answer.body.status !== 'pending') {
        stats.verdictDelays.push(Date.now() - decidedAt);
        break;
      }
      await sleep(Math.max(1_000, answer.body?.retryAfterMs ?? 1_000));
    }
    verifying.delete(person);
  }

  const never = people.filter((person) => truth.get(person) === 'unverified');
  const verifiers = never.slice(0, verifications);
  await Promise.all([
    ...people.map(viewer),
    ...verifiers.map((person, i) => verifier(person, (i / verifications) * verifyWithinMs)),
  ]);
  world.setDown(false);
  return stats;
}
