// Helper processes (Xvfb, xsettingsd, WebKitWebDriver) that must not outlive the test run,
// whether it ends well, fails, or is interrupted.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { forgetHelper, recordHelper } from './helper-pids.mjs';

const running = new Set();
const folders = new Set();

function killAll() {
  for (const child of running) {
    // Each child leads a process group of its own: this also ends what it started (MiniBrowser).
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  running.clear();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders.clear();
}

/** A scratch folder of the helpers, removed when this process ends at the latest. */
export function removeOnExit(folder) {
  folders.add(folder);
}

process.once('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    killAll();
    // Unless the test runner handles the signal itself, end as the signal would have.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  });
}

/** Starts a helper process that ends with this one at the latest. */
export function startChild(command, args, options = {}) {
  const child = spawn(command, args, { stdio: 'ignore', ...options, detached: true });
  if (child.pid) recordHelper(child.pid);
  running.add(child);
  const forget = () => {
    running.delete(child);
    forgetHelper(child.pid);
  };
  child.once('exit', forget);
  child.once('error', forget);
  return child;
}

/** Ends a helper process and what it started, and waits until it has gone. */
export async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }, 3000);
  await gone;
  clearTimeout(timer);
  running.delete(child);
}
