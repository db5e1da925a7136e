// Which browser each engine really ran, for the log and docs/browser-support.md's table.
import { execFileSync } from 'node:child_process';
import { chromiumPath } from '../chromium.mjs';
import { firefoxPath } from './firefox.mjs';

const run = (command, args) => {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown version';
  }
};

export const engineVersion = {
  chromium: () => run(chromiumPath, ['--version']).replace(/ built on.*/, ''),
  firefox: () => run(firefoxPath, ['--version']).replace(/^Mozilla /, ''),
  webkit: () => `WebKitGTK ${run('dpkg-query', ['-W', '-f', '${Version}', 'webkit2gtk-driver'])} (MiniBrowser)`,
};
