// The files `npm pack` would put in the tarball, read from `npm pack --dry-run --json
// --ignore-scripts` (no build: run after `npm run build`, as `npm test` does).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));

/** npm's variables from `npm run` would point the child npm at another package or prefix. */
function npmEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_(package_|lifecycle_|config_)/i.test(key)) delete env[key];
  return env;
}

/** The packed paths, relative to the package root (`dist/index.js`, `README.md`, …). */
export function packedFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, env: npmEnv(), encoding: 'utf8' });
  const [packed] = JSON.parse(out);
  return new Set(packed.files.map((file) => file.path));
}
