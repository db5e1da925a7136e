#!/usr/bin/env node
// `npm run test:browser`: the browser suite in Chromium, Firefox ESR and WebKit, one engine
// after the other (each alone is what two cores can carry), then one summary for all.
//
//   node scripts/test-browsers.mjs                      all three engines
//   node scripts/test-browsers.mjs firefox webkit       some of them
//   node scripts/test-browsers.mjs webkit -- --files test/theming.test.ts   arguments for wtr
//
// Each engine runs its test groups one after another (the main group, then each test that needs
// a fresh browser): three browsers at once on two cores make tests time out.
// The last line printed is "N passed, N failed, N skipped"; every skipped test is named above it.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineNames } from '../test/support/engines/index.mjs';
import { killRecordedHelpers } from '../test/support/engines/helper-pids.mjs';
import { engineVersion } from '../test/support/engines/versions.mjs';
import { freshBrowserTests } from '../test/support/fresh-browser-tests.mjs';

const separator = process.argv.indexOf('--');
const ours = separator === -1 ? process.argv.slice(2) : process.argv.slice(2, separator);
const wtrArgs = separator === -1 ? [] : process.argv.slice(separator + 1);
const unknown = ours.filter((name) => !engineNames.includes(name));
if (unknown.length) {
  console.error(`Unknown engine ${unknown.join(', ')}: choose from ${engineNames.join(', ')}`);
  process.exit(2);
}
const selected = ours.length ? ours : engineNames;

let current;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    current?.kill(signal);
    process.exitCode = 130;
  });
}

/** Runs wtr once for one engine; resolves to its totals (a run that reported none counts as one failure). */
async function runWtr(engine, args, workDir) {
  const summaryFile = join(workDir, `${engine}.json`);
  const helpers = join(workDir, `${engine}-helpers`);
  const code = await new Promise((resolve) => {
    current = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...args], {
      stdio: 'inherit',
      env: { ...process.env, ENGINE: engine, SUMMARY_FILE: summaryFile, HELPER_PIDS_DIR: helpers, HELPER_SCRATCH_DIR: workDir },
    });
    current.once('exit', (exitCode, signal) => resolve(exitCode ?? signal));
  });
  current = undefined;
  // Helpers (Xvfb, WebKitWebDriver) the runner could not end, if it was killed: end them now.
  const strays = killRecordedHelpers(helpers);
  if (strays) console.warn(`Ended ${strays} helper process group(s) the ${engine} run left behind.`);
  const totals = await readFile(summaryFile, 'utf8').then(JSON.parse, () => undefined);
  await rm(summaryFile, { force: true });
  return { code, ...(totals ?? { passed: 0, failed: 1, skipped: 0, skippedTests: [], problem: `wtr ${args.join(' ')} ended (${code}) without results` }) };
}

/** Every group of the suite in one engine, one after another (or wtr's own arguments, as given). */
async function runEngine(engine, workDir) {
  const started = Date.now();
  const runs = wtrArgs.length ? [wtrArgs] : ['default', ...freshBrowserTests].map((group) => ['--group', group]);
  const result = { engine, code: 0, passed: 0, failed: 0, skipped: 0, skippedTests: [], problems: [] };
  for (const args of runs) {
    if (process.exitCode === 130) break;
    const run = await runWtr(engine, args, workDir);
    result.code ||= run.code;
    for (const key of ['passed', 'failed', 'skipped']) result[key] += run[key];
    result.skippedTests.push(...run.skippedTests);
    if (run.problem) result.problems.push(run.problem);
  }
  return { ...result, seconds: Math.round((Date.now() - started) / 1000) };
}

const workDir = await mkdtemp(join(tmpdir(), 'idv-browsers-'));
const results = [];
try {
  for (const engine of selected) {
    if (process.exitCode === 130) break;
    console.log(`\n=== ${engine}: ${engineVersion[engine]()} ===\n`);
    results.push(await runEngine(engine, workDir));
  }
} finally {
  await rm(workDir, { recursive: true, force: true });
}

const total = { passed: 0, failed: 0, skipped: 0 };
console.log('');
for (const result of results) {
  for (const key of Object.keys(total)) total[key] += result[key];
  console.log(`${result.engine}: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped in ${result.seconds} s`);
  for (const name of result.skippedTests) console.log(`  skipped in ${result.engine}: ${name}`);
  for (const problem of result.problems) console.log(`  failed in ${result.engine}: ${problem}`);
}
if (total.failed || results.some((result) => result.code !== 0)) process.exitCode ||= 1;
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
