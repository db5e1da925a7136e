// Where helper processes leave their process-group ids, so the script that started the test
// runner can end them even when the runner itself was killed before it could.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = process.env.HELPER_PIDS_DIR;

export function recordHelper(pid) {
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, String(pid)), '');
}

export function forgetHelper(pid) {
  if (folder) rmSync(join(folder, String(pid)), { force: true });
}

/** Kills every process group still recorded in `dir`; returns how many were alive. */
export function killRecordedHelpers(dir) {
  let alive = 0;
  if (!existsSync(dir)) return alive;
  for (const name of readdirSync(dir)) {
    try {
      process.kill(-Number(name), 'SIGKILL');
      alive += 1;
    } catch {
      // Already gone.
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return alive;
}
