#!/usr/bin/env node
// `npm run test:browser:loaded`: the browser suite while a CPU hog keeps every core busy, as on
// a CI machine running other jobs. A test whose outcome depends on the machine's speed (a timer
// racing an answer) fails here first. Arguments go to scripts/test-browsers.mjs as they are:
//
//   node scripts/test-under-load.mjs                 all three engines, one after the other
//   node scripts/test-under-load.mjs webkit          one engine
//   node scripts/test-under-load.mjs chromium -- --files test/retry.test.ts
//
// The hog is one busy process per core (os.availableParallelism()), at the same priority as the
// tests; it stops when the suite ends, fails or is interrupted. Exits with the suite's code.
// Sharing the cores makes every test slower, so each gets three times its usual time
// (TEST_TIMEOUT_SCALE, a watchdog for hangs); what a test asserts stays the same.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';

const suite = fileURLToPath(new URL('./test-browsers.mjs', import.meta.url));
const cores = availableParallelism();

/** One process spinning on a core until it is killed. */
const hogs = Array.from({ length: cores }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopHogs = () => {
  for (const hog of hogs) if (hog.exitCode === null && hog.signalCode === null) hog.kill('SIGKILL');
};
process.on('exit', stopHogs);

console.log(`test-under-load: ${cores} busy process${cores === 1 ? '' : 'es'} (pids ${hogs.map((hog) => hog.pid).join(', ')}) keep every core busy.`);
const started = Date.now();
const run = spawn(process.execPath, [suite, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { TEST_TIMEOUT_SCALE: '3', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => run.kill(signal));
const code = await new Promise((resolve) => run.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 130 : 1))));
stopHogs();
console.log(`test-under-load: the suite ended (${code}) after ${Math.round((Date.now() - started) / 1000)} s under load.`);
process.exitCode = code;
