// A virtual X display of its own for one browser (WebKitGTK has no headless mode; browsers
// sharing a display steal each other's keyboard focus), with XSETTINGS for its appearance.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeOnExit, startChild, stopChild } from './child-processes.mjs';

/** Reads the display number Xvfb writes to fd 3 once it accepts clients. */
function displayNumber(xvfb) {
  return new Promise((resolve, reject) => {
    let text = '';
    xvfb.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(`:${text.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it started`)));
  });
}

const settings = ({ colorScheme, reducedMotion }) =>
  `Net/ThemeName "${colorScheme === 'dark' ? 'Adwaita-dark' : 'Adwaita'}"\n` +
  `Gtk/EnableAnimations ${reducedMotion === 'reduce' ? 0 : 1}\n`;

export async function startDisplay() {
  const xvfb = startChild('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  const display = await displayNumber(xvfb);
  // In the test script's scratch folder when there is one: it goes even if this process is killed.
  const folder = await mkdtemp(join(process.env.HELPER_SCRATCH_DIR ?? tmpdir(), 'idv-xsettings-'));
  removeOnExit(folder);
  const config = join(folder, 'xsettingsd.conf');
  let appearance = { colorScheme: 'light', reducedMotion: 'no-preference' };
  await writeFile(config, settings(appearance));
  const xsettingsd = startChild('xsettingsd', ['-c', config], { env: { ...process.env, DISPLAY: display } });

  return {
    display,
    get appearance() {
      return appearance;
    },
    /** Dark mode and reduced motion, as the desktop would set them. */
    async setAppearance(next) {
      appearance = { ...appearance, ...Object.fromEntries(Object.entries(next).filter(([, value]) => value)) };
      await writeFile(config, settings(appearance));
      xsettingsd.kill('SIGHUP');
    },
    async stop() {
      await stopChild(xsettingsd);
      await stopChild(xvfb);
      await rm(folder, { recursive: true, force: true });
    },
  };
}
